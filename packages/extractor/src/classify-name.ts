import type { EntityType } from '@newsgraph/contract';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer/countries';
import { isFirstName } from './gazetteer/first-names';
import { placeByName } from './gazetteer/places';
import {
  ETHNIC_GROUPS,
  FACILITY_IS_LOCATION,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  KNOWN_ORGANIZATIONS,
  ORG_BEFORE,
  ORG_CUES,
  PERSON_TITLES,
  PLACE_AFTER,
  PLACE_BEFORE,
} from './lexicon/cues';
import { keyFor, type Mention } from './mention';
import { slug } from './slug';
import type { Token } from './tokenize';

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'into', 'across', 'to']);

/** Types the proper-name span [a, b) from gazetteers, cues and context; undefined when it names nothing we keep. */
export function classifyName(tokens: Token[], text: string, a: number, b: number, hasTitle: boolean): Mention | undefined {
  const first = tokens[a]!;
  const lastTok = tokens[b - 1]!;
  const surface = text.slice(first.start, lastTok.end);
  const lower = surface.toLowerCase().replace(/[’‘]/g, "'");
  const next = tokens[b];
  const before = (n: number): string =>
    tokens
      .slice(Math.max(0, a - n), a)
      .map((t) => t.lower)
      .join(' ');
  const make = (type: EntityType, subtype: string | null, name: string, via: Mention['via'] = 'name', end = b, key?: string): Mention => ({
    first: a,
    last: end,
    start: first.start,
    end: tokens[end - 1]!.end,
    text: text.slice(first.start, tokens[end - 1]!.end),
    sentence: first.sentence,
    type,
    subtype,
    name,
    via,
    key: key ?? keyFor(type, slug(name)),
  });

  if (hasTitle) return make('Person', null, surface);
  const known = KNOWN_ORGANIZATIONS.get(lower);
  if (known) return make('Organization', known, surface, ACRONYM.test(surface) ? 'acronym' : 'name');
  const country = countryByName(surface);
  if (country) return make('Location', 'Country', country.name, 'name', b, country.key);
  if (b - a === 1) {
    const group = demonymOrGroup(tokens, text, a, make);
    if (group !== null) return group;
  }
  const cue = ORG_CUES.get(lastTok.lower);
  if (cue && b - a > 1) {
    return FACILITY_IS_LOCATION.has(lastTok.lower) ? make('Location', 'Facility', surface) : make('Organization', cue, surface);
  }
  if (countryByCapital(surface)) return make('Location', 'City', surface, 'capital');
  const place = placeByName(surface);
  if (place) return make('Location', place.subtype, surface);
  const headCue = ORG_CUES.get(first.lower);
  if (headCue && b - a > 2 && tokens[a + 1]?.lower === 'of') {
    return FACILITY_IS_LOCATION.has(first.lower) ? make('Location', 'Facility', surface) : make('Organization', headCue, surface);
  }
  const placeHead = PLACE_AFTER.get(lastTok.lower);
  if (placeHead && b - a > 1) return make('Location', placeHead, surface);
  if (ACRONYM.test(surface)) return make('Organization', null, surface, 'acronym');
  const after = PLACE_AFTER.get(next?.lower ?? '') ?? PLACE_AFTER.get(tokens[b + 2]?.lower ?? '');
  if (after && (after !== 'Facility' || next?.cap === false)) return make('Location', after, surface);
  if (PLACE_BEFORE.has(before(2))) return make('Location', before(1) === 'of' ? cityOrRegion(before(2)) : null, surface);
  if (ORG_BEFORE.has(before(1)) || ORG_BEFORE.has(before(2))) return make('Organization', null, surface);
  if (isFirstName(first.value) && b - a > 1) return make('Person', null, surface);
  if (LOCATIVE.has(tokens[a - 1]?.lower ?? '') && !isFirstName(first.value)) return make('Location', null, surface);
  return make('Person', null, surface);
}

function cityOrRegion(phrase: string): string {
  return /town|city|village|capital/.test(phrase) ? 'City' : 'Region';
}

type Make = (type: EntityType, subtype: string | null, name: string, via?: Mention['via'], end?: number, key?: string) => Mention;

// A lone demonym or ethnic word: the country when it modifies a government noun or a title ("Turkish President"),
// a Group with its noun ("Kurdish fighters", "the Turks"), undefined (skip it) otherwise; null when it is no demonym.
function demonymOrGroup(tokens: Token[], text: string, a: number, make: Make): Mention | undefined | null {
  const t = tokens[a]!;
  const next = tokens[a + 1];
  const country = countryByDemonym(t.value);
  const ethnic = ETHNIC_GROUPS.get(t.lower);
  if (!country && !ethnic) return null;
  const nextLower = next?.lower ?? '';
  if (country && (GOVERNMENT_NOUNS.has(nextLower) || PERSON_TITLES.has(nextLower))) {
    return make('Location', 'Country', country.name, 'demonym', a + 1, country.key);
  }
  if (next && GROUP_NOUNS.has(nextLower)) {
    const name = text.slice(t.start, next.end);
    return make('Group', ethnic ? 'Ethnic' : 'Nationality', name, 'group', a + 2);
  }
  const plural = /s$/.test(t.lower) && !/(ish|ese|ian|an|i)$/.test(t.lower);
  if (plural || (ethnic && ethnic.toLowerCase() === t.lower)) {
    return make('Group', ethnic ? 'Ethnic' : 'Nationality', ethnic ?? t.value, 'group', a + 1);
  }
  return undefined;
}
