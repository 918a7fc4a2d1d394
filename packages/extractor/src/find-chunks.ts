import { countryByDemonym, countryByName } from './gazetteer/countries';
import { isFirstName } from './gazetteer/first-names';
import { placeByName } from './gazetteer/places';
import {
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  KNOWN_ORGANIZATIONS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_CUES,
  PERSON_DESCRIPTORS,
  PERSON_TITLES,
} from './lexicon/cues';
import type { Sentence, Token } from './tokenize';

const OPENERS = new Set(['"', '“', '”', "'", '‘', '’', '(', '[', ':', '-', '—', '–', '``', '`', ';']);
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4}|[A-Z][a-z]?\.[A-Z]\.)$/;
const POSSESSIVE = new Set(["'s", "'"]);
const OF_HEADS = new Set([
  'republic',
  'gulf',
  'bay',
  'sea',
  'isle',
  'isles',
  'cape',
  'lake',
  'mount',
  'city',
  'state',
  'kingdom',
  'secretary',
  'duke',
  'university',
  'bank',
  'ministry',
  'department',
]);

/** True when the token can be part of a proper name: capitalised, an acronym, and not a known non-name word. */
export function isNameToken(tokens: Token[], k: number, sentence: Sentence, lowerSeen: Set<string>): boolean {
  const t = tokens[k]!;
  // `cap` already means the first character is an uppercase letter.
  if (!t.cap || hasDigit(t.value)) return false;
  if (NOT_NAMES.has(t.lower)) return false;
  if (ACRONYM.test(t.value)) return true;
  if (k > sentence.first && !startsClause(tokens, k)) return true;
  if (isKnownWord(t.value)) return true;
  const next = tokens[k + 1];
  if (PERSON_TITLES.has(t.lower) && next?.cap) return true;
  if (isCommonPlural(t.lower)) return false;
  return t.pos === 'PROPN' && !lowerSeen.has(t.lower);
}

/** Whether token k starts its sentence or follows an opening quote, bracket or dash, where any word is capitalised. */
export function startsClause(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev === undefined || prev.sentence !== tokens[k]!.sentence || OPENERS.has(prev.value);
}

// "Protesters gathered", "Officials said", "Lawyers for the family": a plural of a group, government, title or
// descriptor noun opens many sentences, and the tagger often reads it as a proper noun there.
function isCommonPlural(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  if (GROUP_NOUNS.has(lower) || GOVERNMENT_NOUNS.has(lower)) return true;
  const singular = lower.slice(0, -1);
  return PERSON_TITLES.has(singular) || PERSON_DESCRIPTORS.has(singular) || GROUP_NOUNS.has(singular);
}

// Memoised: the same capitalised words come back sentence after sentence and each check folds and probes four maps.
const knownWords = new Map<string, boolean>();

function isKnownWord(value: string): boolean {
  let known = knownWords.get(value);
  if (known === undefined) {
    if (knownWords.size >= 50_000) knownWords.clear();
    known = lookUpWord(value);
    knownWords.set(value, known);
  }
  return known;
}

function lookUpWord(value: string): boolean {
  return (
    countryByName(value) !== undefined ||
    countryByDemonym(value) !== undefined ||
    placeByName(value) !== undefined ||
    KNOWN_ORGANIZATIONS.has(value.toLowerCase()) ||
    isFirstName(value)
  );
}

/** Maximal runs of name tokens in a sentence, joined across name particles and org-name possessives. */
export function findChunks(tokens: Token[], sentence: Sentence, lowerSeen: Set<string>): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  const isName = (k: number): boolean => k < sentence.last && isNameToken(tokens, k, sentence, lowerSeen);
  let k = sentence.first;
  while (k < sentence.last) {
    if (!isName(k)) {
      k++;
      continue;
    }
    const a = k;
    let b = k + 1;
    for (;;) {
      // "Moscow IZVESTIYA", "Beijing XINHUA": a dateline's all-caps source is a name of its own.
      if (isName(b) && !(isShouting(tokens[b]!.value) && !isShouting(tokens[b - 1]!.value))) {
        b++;
        continue;
      }
      const joined = joinAcross(tokens, a, b, isName);
      if (joined > b) {
        b = joined;
        continue;
      }
      break;
    }
    chunks.push([articleStart(tokens, a, sentence), b]);
    k = b;
  }
  return chunks;
}

// "al Bab", "el Salvador", "al-Qaeda": a lowercase Arabic or Spanish article before a name, apart or hyphenated.
function articleStart(tokens: Token[], a: number, sentence: Sentence): number {
  const isArticle = (k: number): boolean => k >= sentence.first && (tokens[k]!.value === 'al' || tokens[k]!.value === 'el');
  if (isArticle(a - 1)) return a - 1;
  const dash = tokens[a - 1];
  const glued = dash?.value === '-' && dash.end === tokens[a]!.start && tokens[a - 2]?.end === dash.start;
  return glued && isArticle(a - 2) ? a - 2 : a;
}

// Returns the new chunk end when the token at `b` is a particle or possessive that belongs inside the name.
function joinAcross(tokens: Token[], a: number, b: number, isName: (k: number) => boolean): number {
  const t = tokens[b];
  const last = tokens[b - 1]!;
  // "Russia 24 TV", "Channel 4 News": a number inside a name that ends in an organisation cue.
  const cue = tokens[b + 1];
  if (t && t.pos === 'NUM' && cue?.cap && cue.start === t.end + 1 && t.start === last.end + 1 && ORG_CUES.has(cue.lower)) return b + 2;
  if (!t || !isName(b + 1)) return b;
  if (POSSESSIVE.has(t.lower)) {
    // A detached quote mark is no possessive; a detached "'s" is (CoNLL-style text: "People 's Party").
    if (t.start !== last.end && t.lower !== "'s") return b;
    // "People's Protection Units", "Kurdistan Workers' Party": only when the run after ends in an org cue.
    let c = b + 1;
    while (isName(c)) c++;
    const left = tokens
      .slice(a, b)
      .map((x) => x.value)
      .join(' ');
    if (ORG_CUES.has(tokens[c - 1]!.lower) && !countryByName(left) && !placeByName(left)) return c;
    return b;
  }
  if (t.lower === 'of' || t.lower === 'for' || t.lower === '&' || t.lower === 'and') {
    if (t.lower !== 'for' && t.lower !== '&') {
      const place = gazetteerEnd(tokens, a, b, isName);
      if (place !== undefined) return place;
    }
    if (t.lower === 'and' || t.lower === '&') return ORG_CUES.has(runEnd(tokens, b + 1, isName)) ? b + 1 : b;
    return ORG_CUES.has(last.lower) || OF_HEADS.has(last.lower) ? b + 1 : b;
  }
  if (NAME_PARTICLES.has(t.lower) && !t.cap) return b + 1;
  // "Bin-Nun", "Al-Bab": a hyphen glued on both sides.
  if (t.value === '-' && t.start === last.end && tokens[b + 1]!.start === t.end) return b + 1;
  return b;
}

/** Name tokens after a connector that a gazetteer name may still take ("Saint Kitts and Nevis"). */
const MAX_GAZETTEER_TAIL = 3;

/**
 * "District of Columbia", "Bosnia and Herzegovina": the end of the longest gazetteer place or country that runs from
 * the name [a, b) across the connector at b, if any.
 */
function gazetteerEnd(tokens: Token[], a: number, b: number, isName: (k: number) => boolean): number | undefined {
  let c = b + 1;
  while (c < b + 1 + MAX_GAZETTEER_TAIL && isName(c)) c++;
  for (let e = c; e > b + 1; e--) {
    const surface = tokens
      .slice(a, e)
      .map((x) => x.value)
      .join(' ');
    if (countryByName(surface) !== undefined || placeByName(surface) !== undefined) return e;
  }
  return undefined;
}

function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isShouting(value: string): boolean {
  return value.length >= 4 && /^[A-Z-]+$/.test(value);
}

function runEnd(tokens: Token[], c: number, isName: (k: number) => boolean): string {
  while (isName(c)) c++;
  return tokens[c - 1]?.lower ?? '';
}
