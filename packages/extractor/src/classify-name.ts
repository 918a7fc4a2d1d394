import type { EntityType } from '@newsgraph/contract';
import { countryByCapital, countryByDemonym, countryByName, type CountryInfo } from './gazetteer/countries';
import { startsClause } from './find-chunks';
import { isFirstName } from './gazetteer/first-names';
import { isLanguageName } from './gazetteer/languages';
import { placeByName, type PlaceInfo } from './gazetteer/places';
import {
  ETHNIC_GROUPS,
  FACILITY_IS_LOCATION,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  KNOWN_ORGANIZATIONS,
  CORPORATE_SUFFIXES,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_CUES,
  ORG_TITLES,
  PARTY_MEMBERS,
  PERSON_TITLES,
  PLACE_AFTER,
  PLACE_BEFORE,
} from './lexicon/cues';
import { keyFor, makeMention, type Mention } from './mention';
import { slug } from './slug';
import type { Token } from './tokenize';

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'into', 'across', 'to']);

/** Types the proper-name span [a, b) from gazetteers, cues and context; undefined when it names nothing we keep. */
export function classifyName(tokens: Token[], text: string, a: number, b: number, hasTitle: boolean): Mention | undefined {
  const first = tokens[a]!;
  const lastTok = tokens[b - 1]!;
  const surface = text.slice(first.start, lastTok.end);
  const next = tokens[b];
  const span: Span = { tokens, text, a, b };
  if (hasTitle) return make(span, 'Person', null, surface);
  const info = lookUp(surface);
  if (info.known) return make(span, 'Organization', info.known, surface, info.acronym ? 'acronym' : 'name');
  const country = info.country;
  if (country) return make(span, 'Location', 'Country', country.name, 'name', b, country.key);
  if (b - a === 1) {
    // undefined (skip the name) must not fall through: only null means "neither".
    const demonym = demonymOrGroup(span);
    const group = demonym === null ? partyMembers(span) : demonym;
    if (group !== null) return group;
  }
  const cue = ORG_CUES.get(lastTok.lower);
  // "served 24 years in Congress", "Parliament voted": a capitalised organisation noun alone is a name, inside a
  // sentence or where the tagger read it as one at its start ("Bank shares fell" is no name).
  const alone = b - a === 1 && (!startsClause(tokens, a) || first.pos === 'PROPN');
  if (cue && (b - a > 1 || alone)) {
    if (FACILITY_IS_LOCATION.has(lastTok.lower)) return make(span, 'Location', 'Facility', surface);
    // "Apple Inc.": keyed by the name without its legal form, which is how later mentions and other articles say it.
    const short = CORPORATE_SUFFIXES.has(lastTok.lower) ? shortCompanyName(tokens, text, a, b) : undefined;
    return make(span, 'Organization', cue, surface, 'name', b, short && keyFor('Organization', slug(short)));
  }
  if (info.capital) return make(span, 'Location', 'City', surface, 'capital');
  const place = info.place;
  const placeNoun = PLACE_AFTER.get(next?.lower ?? '');
  // "Aydin province", "Washington state": a region noun right after the name says which of the gazetteer's
  // namesakes is meant (Aydın is a city and its province).
  if (place) return make(span, 'Location', placeNoun === 'Region' ? 'Region' : place.subtype, surface);
  if (b - a === 1 && isLanguageName(first.value)) return undefined;
  const headCue = ORG_CUES.get(first.lower);
  if (headCue && b - a > 2 && tokens[a + 1]?.lower === 'of') {
    return FACILITY_IS_LOCATION.has(first.lower)
      ? make(span, 'Location', 'Facility', surface)
      : make(span, 'Organization', headCue, surface);
  }
  const placeHead = PLACE_AFTER.get(lastTok.lower);
  if (placeHead && b - a > 1) return make(span, 'Location', placeHead, surface);
  if (info.acronym) return make(span, 'Organization', null, surface, 'acronym');
  // "the Zaporizhzhia nuclear plant", "the Cagdas Sanat Merkezi modern arts center": a place noun after a modifier or two.
  const after = placeNoun ?? placeNounAfterModifiers(tokens, b);
  if (after && (after !== 'Facility' || next?.cap === false)) return make(span, 'Location', after, surface);
  const before2 = before(tokens, a, 2);
  if (PLACE_BEFORE.has(before2)) return make(span, 'Location', before(tokens, a, 1) === 'of' ? cityOrRegion(before2) : null, surface);
  if (ORG_BEFORE.has(before(tokens, a, 1)) || ORG_BEFORE.has(before2)) return make(span, 'Organization', null, surface);
  // "Tigrayan rebels", "Houthi fighters": a word no gazetteer knows, before a group noun, names the group.
  if (b - a === 1 && next && GROUP_NOUNS.has(next.lower))
    return make(span, 'Group', null, text.slice(first.start, next.end), 'group', b + 1);
  const orgCue = orgCueAfter(tokens, b);
  if (orgCue) return make(span, 'Organization', ORG_CUES.get(orgCue) ?? null, surface);
  if (orgTitleBefore(tokens, a)) return make(span, 'Organization', null, surface);
  const firstName = isFirstName(first.value);
  if (firstName && b - a > 1) return make(span, 'Person', null, surface);
  if (LOCATIVE.has(tokens[a - 1]?.lower ?? '') && !firstName) return make(span, 'Location', null, surface);
  return make(span, 'Person', null, surface);
}

interface Span {
  tokens: Token[];
  text: string;
  a: number;
  b: number;
}

function make(
  s: Span,
  type: EntityType,
  subtype: string | null,
  name: string,
  via: Mention['via'] = 'name',
  end = s.b,
  key?: string,
): Mention {
  const first = s.tokens[s.a]!;
  const last = s.tokens[end - 1]!;
  return makeMention({
    first: s.a,
    last: end,
    start: first.start,
    end: last.end,
    text: s.text.slice(first.start, last.end),
    sentence: first.sentence,
    type,
    subtype,
    name,
    via,
    key: key ?? keyFor(type, slug(name)),
  });
}

function before(tokens: Token[], a: number, n: number): string {
  return n === 1
    ? (tokens[a - 1]?.lower ?? '')
    : tokens
        .slice(Math.max(0, a - n), a)
        .map((t) => t.lower)
        .join(' ');
}

/** What the gazetteers say about a surface form; memoised, because the same names recur in every document. */
interface NameInfo {
  known: string | undefined;
  country: CountryInfo | undefined;
  capital: boolean;
  place: PlaceInfo | undefined;
  acronym: boolean;
}

const infoCache = new Map<string, NameInfo>();

function lookUp(surface: string): NameInfo {
  let info = infoCache.get(surface);
  if (info) return info;
  if (infoCache.size >= 50_000) infoCache.clear();
  const country = countryByName(surface);
  info = {
    known: KNOWN_ORGANIZATIONS.get(surface.toLowerCase().replace(/[’‘]/g, "'")),
    country,
    capital: countryByCapital(surface) !== undefined,
    place: country ? undefined : placeByName(surface),
    acronym: ACRONYM.test(surface),
  };
  infoCache.set(surface, info);
  return info;
}

function cityOrRegion(phrase: string): string {
  return /town|city|village|capital/.test(phrase) ? 'City' : 'Region';
}

// A lone demonym or ethnic word: the country when it modifies a government noun or a title ("Turkish President"),
// a Group with its noun ("Kurdish fighters", "the Turks"), undefined (skip it) otherwise; null when it is no demonym.
function demonymOrGroup(span: Span): Mention | undefined | null {
  const { tokens, text, a } = span;
  const t = tokens[a]!;
  const next = tokens[a + 1];
  const country = countryByDemonym(t.value);
  const ethnic = ETHNIC_GROUPS.get(t.lower);
  if (!country && !ethnic) return null;
  const nextLower = next?.lower ?? '';
  if (country && (GOVERNMENT_NOUNS.has(nextLower) || PERSON_TITLES.has(nextLower))) {
    return make(span, 'Location', 'Country', country.name, 'demonym', a + 1, country.key);
  }
  if (next && GROUP_NOUNS.has(nextLower)) {
    const name = text.slice(t.start, next.end);
    return make(span, 'Group', ethnic ? 'Ethnic' : 'Nationality', name, 'group', a + 2);
  }
  const plural = /s$/.test(t.lower) && !/(ish|ese|ian|an|i)$/.test(t.lower);
  if (plural || (ethnic && ethnic.toLowerCase() === t.lower)) {
    return make(span, 'Group', ethnic ? 'Ethnic' : 'Nationality', ethnic ?? t.value, 'group', a + 1);
  }
  return undefined;
}

// "Republicans", "a Democrat from Chicago": party members are a Group in the plural and nobody's name in the singular
// (undefined: skip it); null when the word is no party member.
function partyMembers(span: Span): Mention | undefined | null {
  const t = span.tokens[span.a]!;
  const party = PARTY_MEMBERS.get(t.lower);
  if (!party) return null;
  return t.lower === party.toLowerCase() ? make(span, 'Group', 'Political', party, 'group') : undefined;
}

/** The organisation noun after a name, right after it or after one lowercase modifier ("bank", "political party"). */
function orgCueAfter(tokens: Token[], b: number): string | undefined {
  const next = tokens[b];
  if (!next || next.cap) return undefined;
  if (ORG_AFTER.has(next.lower)) return next.lower;
  const cue = tokens[b + 1];
  const modifier = next.pos === 'ADJ' || next.pos === 'NOUN';
  return modifier && cue && !cue.cap && cue.sentence === next.sentence && ORG_AFTER.has(cue.lower) ? cue.lower : undefined;
}

/**
 * A company's name without the legal form that ends the span [a, b) ("Apple Inc." → "Apple", "Foo, Ltd." → "Foo");
 * `text` starts at offset `from` of the document.
 */
export function shortCompanyName(tokens: Token[], text: string, a: number, b: number, from = 0): string | undefined {
  let end = b - 1;
  if (tokens[end - 1]?.value === ',') end--;
  return end > a ? text.slice(tokens[a]!.start - from, tokens[end - 1]!.end - from) : undefined;
}

/** The place noun (PLACE_AFTER) one or two lowercase words after the name ending at b, if any. */
function placeNounAfterModifiers(tokens: Token[], b: number): string | undefined {
  for (let k = b + 1; k <= b + 2; k++) {
    const t = tokens[k];
    if (!t || t.cap || tokens[k - 1]!.cap) return undefined;
    const noun = PLACE_AFTER.get(t.lower);
    if (noun) return noun;
  }
  return undefined;
}

/** "the chief executive of Tesla", "chairman of Sony": a title held in an organisation, then "of", before the name. */
function orgTitleBefore(tokens: Token[], a: number): boolean {
  if (tokens[a - 1]?.lower !== 'of') return false;
  const one = tokens[a - 2];
  const two = tokens[a - 3];
  if (!one || one.cap || one.sentence !== tokens[a]!.sentence) return false;
  return ORG_TITLES.has(one.lower) || (two !== undefined && !two.cap && ORG_TITLES.has(two.lower + ' ' + one.lower));
}
