import worldCountries from 'world-countries';
import extras from '../lexicon/countries-extra.json';
import { slug } from '../slug';
import { fold } from './fold';

/** A country as the gazetteer knows it; `key` is the stable entity id. */
export interface CountryInfo {
  key: string;
  name: string;
  code: string;
  capitals: string[];
}

const bySurface = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
const byCapital = new Map<string, CountryInfo>();
const byCode = new Map<string, CountryInfo>();

function add(info: CountryInfo, surfaces: string[], demonyms: string[]): void {
  byCode.set(info.code, info);
  for (const s of surfaces) if (!bySurface.has(fold(s))) bySurface.set(fold(s), info);
  for (const d of demonyms) if (d && !byDemonym.has(fold(d))) byDemonym.set(fold(d), info);
  for (const c of info.capitals) if (!byCapital.has(fold(c))) byCapital.set(fold(c), info);
}

const renamed = extras.canonicalNames as Record<string, string>;
const extraSurfaces = extras.surfaces as Record<string, string[]>;
// Where countries share a name, demonym or capital ("French": France and the French Southern and Antarctic Lands;
// "American": the United States and the Northern Mariana Islands; "Dominican"), the first added keeps it: UN members
// first, then the larger by area.
const byPrecedence = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
for (const c of byPrecedence) {
  const name = renamed[c.cca2] ?? c.name.common;
  const info: CountryInfo = { key: 'location-' + slug(name), name, code: c.cca2, capitals: c.capital ?? [] };
  // Two-letter codes ("TR") are mostly noise in prose; only the few in extras.surfaces are kept.
  const alt = (c.altSpellings ?? []).filter((s) => s.length > 3);
  const eng = c.demonyms?.['eng'];
  add(info, [name, c.name.common, c.name.official, ...alt, ...(extraSurfaces[c.cca2] ?? [])], [eng?.m ?? '', eng?.f ?? '']);
}
for (const h of extras.historic) {
  add({ key: 'location-' + slug(h.name), name: h.name, code: h.code, capitals: h.capitals }, h.surfaces, h.demonyms);
}
for (const [demonym, code] of Object.entries(extras.demonyms as Record<string, string>)) {
  const info = byCode.get(code);
  if (info) byDemonym.set(fold(demonym), info);
}

for (const [capital, code] of Object.entries(extras.capitals as Record<string, string>)) {
  const info = byCode.get(code);
  if (info) byCapital.set(fold(capital), info);
}

/** The country named by `surface` ("U.S.", "Russia", "Republic of Turkey"), if any. */
export function countryByName(surface: string): CountryInfo | undefined {
  return bySurface.get(fold(surface));
}

/** The country of a demonym ("Turkish", "Russians"), if any. */
export function countryByDemonym(surface: string): CountryInfo | undefined {
  const f = fold(surface);
  return byDemonym.get(f) ?? (f.endsWith('s') ? byDemonym.get(f.slice(0, -1)) : undefined);
}

/** The country whose capital is `surface` ("Ankara"), if any. */
export function countryByCapital(surface: string): CountryInfo | undefined {
  return byCapital.get(fold(surface));
}

/** The country with ISO 3166-1 alpha-2 `code`. */
export function countryByCode(code: string): CountryInfo | undefined {
  return byCode.get(code);
}
