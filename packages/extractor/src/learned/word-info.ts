import { countryByCapital, countryByDemonym, countryByName } from '../gazetteer/countries';
import { isFirstName } from '../gazetteer/first-names';
import { placeByName } from '../gazetteer/places';
import { GOVERNMENT_NOUNS, KNOWN_ORGANIZATIONS, ORG_CUES, PERSON_TITLES, PLACE_AFTER } from '../lexicon/cues';
import type { Token } from '../tokenize';

/** Word shape with runs collapsed: "Kennedy" → "Xx", "U.S." → "X.X.", "1987" → "d", "mid-1980s" → "x-dx". */
export function wordShape(value: string): string {
  let out = '';
  let prev = '';
  for (let k = 0; k < value.length && k < 24; k++) {
    const c = value.charCodeAt(k);
    const s =
      c >= 65 && c <= 90
        ? 'X'
        : c >= 97 && c <= 122
          ? 'x'
          : c >= 48 && c <= 57
            ? 'd'
            : c > 127
              ? value[k] === value[k]!.toLowerCase()
                ? 'x'
                : 'X'
              : value[k]!;
    if (s !== prev) out += s;
    prev = s;
  }
  return out;
}

/** Gazetteer and cue-word classes of one token, by its own surface (no context). */
export function gazetteerClasses(t: Token): string[] {
  const out: string[] = [];
  if (PERSON_TITLES.has(t.lower)) out.push('title');
  if (ORG_CUES.has(t.lower)) out.push('orgcue');
  if (GOVERNMENT_NOUNS.has(t.lower)) out.push('gov');
  if (PLACE_AFTER.has(t.lower)) out.push('placehead');
  if (!t.cap) return out;
  if (countryByName(t.value)) out.push('country');
  if (countryByDemonym(t.value)) out.push('demonym');
  if (countryByCapital(t.value)) out.push('capital');
  const place = placeByName(t.value);
  if (place) out.push(place.subtype === 'City' ? (place.population >= 250000 ? 'bigcity' : 'city') : 'region');
  if (isFirstName(t.value)) out.push('first');
  if (KNOWN_ORGANIZATIONS.has(t.lower)) out.push('org');
  return out;
}

/** What the tagger reads of a word by its surface alone (cached per surface: the tagger's scorer hangs its cached
 * weight vectors here too, tagger-scorer.ts). */
export interface WordInfo {
  lower: string;
  shape: string;
  s3: string;
  p3: string;
  gaz: string[];
  gazJoined: string;
  /** The shape's small integer id (shapeId), -1 when the table of shapes is full. */
  shapeId: number;
  /**
   * Where a tagger scorer keeps the summed weights of this word's single-word features (tagger-scorer.ts): the
   * scorer's current key (0: none yet), the offset in its weight arena, and the word's pair-template flags.
   */
  vecKey: number;
  vecAt: number;
  pairFlags: number;
}

function makeInfo(lower: string, shape: string, gaz: string[], gazJoined = gaz.join('+')): WordInfo {
  return {
    lower,
    shape,
    s3: lower.slice(-3),
    p3: lower.slice(0, 3),
    gaz,
    gazJoined,
    shapeId: shapeId(shape),
    vecKey: 0,
    vecAt: -1,
    pairFlags: 0,
  };
}

/** Shapes get small integer ids (first come, first served) so that scorers can cache by combinations of them. */
export const MAX_SHAPES = 1024;
const shapeIds = new Map<string, number>();

/** The id of a word shape, below MAX_SHAPES; -1 once MAX_SHAPES shapes have ids (then callers hash the shape). */
export function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id !== undefined) return id;
  if (shapeIds.size >= MAX_SHAPES) return -1;
  id = shapeIds.size;
  shapeIds.set(shape, id);
  return id;
}

/** Stand-ins for the words before the first and after the last token of a sentence. */
export const BEFORE = makeInfo('<s>', '<s>', [], '<s>');
export const AFTER = makeInfo('</s>', '</s>', [], '</s>');

const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordInfo>();

/** The WordInfo of a token, cached per surface (bounded). */
export function wordInfo(t: Token): WordInfo {
  let info = wordCache.get(t.value);
  if (info) return info;
  info = makeInfo(t.lower, wordShape(t.value), gazetteerClasses(t));
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(t.value, info);
  return info;
}
