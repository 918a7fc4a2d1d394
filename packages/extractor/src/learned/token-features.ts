import { countryByCapital, countryByDemonym, countryByName } from '../gazetteer/countries';
import { isFirstName } from '../gazetteer/first-names';
import { placeByName } from '../gazetteer/places';
import { GOVERNMENT_NOUNS, KNOWN_ORGANIZATIONS, ORG_CUES, PERSON_TITLES, PLACE_AFTER } from '../lexicon/cues';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { StringSink, type FeatureSink } from './feature-sink';

/** Longest multi-token gazetteer entry tried, in tokens ("Salt Lake City", "United Arab Emirates"). */
const MAX_GAZ_TOKENS = 4;

/** Word shape with runs collapsed: "Kennedy" → "Xx", "U.S." → "X.X.", "1987" → "d", "mid-1980s" → "x-dx". */
export function wordShape(value: string): string {
  let out = '';
  let prev = '';
  for (let k = 0; k < value.length && k < 24; k++) {
    const c = value.charCodeAt(k);
    const s =
      c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : c > 127 ? (value[k] === value[k]!.toLowerCase() ? 'x' : 'X') : value[k]!;
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

// Lowercase words inside multi-token place names ("Bosnia and Herzegovina", "Rio de Janeiro"): a candidate name
// only grows through capitalised tokens and these, which keeps the look-ups to a few per capitalised run.
const NAME_CONNECTORS = new Set(['and', 'of', 'the', 'de', 'del', 'da', 'do', 'la', 'le', 'el', 'al', 'upon', 'on', '-', '.']);
const multiCache = new Map<string, boolean>();

function isMultiTokenPlace(surface: string): boolean {
  let found = multiCache.get(surface);
  if (found !== undefined) return found;
  found = countryByName(surface) !== undefined || placeByName(surface) !== undefined;
  if (multiCache.size >= 100_000) multiCache.clear();
  multiCache.set(surface, found);
  return found;
}

/** Per token of [first, last): 'B'/'I' when a multi-token gazetteer place or country starts/continues there. */
function multiTokenPlaces(tokens: Token[], first: number, last: number): string[] {
  const out: string[] = new Array<string>(last - first).fill('');
  for (let i = first; i < last; i++) {
    if (!tokens[i]!.cap) continue;
    let surface = tokens[i]!.value;
    let found = 0;
    for (let j = i + 1; j < last && j < i + MAX_GAZ_TOKENS; j++) {
      const t = tokens[j]!;
      if (!t.cap && !NAME_CONNECTORS.has(t.lower)) break;
      surface += ' ' + t.value;
      if (t.cap && isMultiTokenPlace(surface)) found = j;
    }
    if (found === 0) continue;
    out[i - first] = 'B';
    for (let j = i + 1; j <= found; j++) out[j - first] = 'I';
  }
  return out;
}

/** Per token of [first, last): the capitalised run [a, b) (relative indexes) it is in, if any. */
function capitalRuns(tokens: Token[], first: number, last: number): Array<[number, number] | undefined> {
  const out: Array<[number, number] | undefined> = new Array<[number, number] | undefined>(last - first);
  let k = 0;
  while (k < last - first) {
    if (!tokens[first + k]!.cap) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < last - first && tokens[first + e]!.cap) e++;
    const run: [number, number] = [k, e];
    for (let j = k; j < e; j++) out[j] = run;
    k = e;
  }
  return out;
}

/** The rule-based detector's reading of each token: 'B-Person', 'I-Location', ... or 'O'. */
export function ruleTags(first: number, last: number, mentions: readonly Mention[]): string[] {
  const out: string[] = new Array<string>(last - first).fill('O');
  for (const m of mentions) {
    if (m.last <= first || m.first >= last) continue;
    for (let k = Math.max(m.first, first); k < Math.min(m.last, last); k++) {
      out[k - first] = (k === m.first ? 'B-' : 'I-') + m.type + (m.role ? '+role' : '') + ':' + m.via;
    }
  }
  return out;
}

/** What the tagger reads of a token by its surface alone, cached per surface (bounded). */
interface WordInfo {
  shape: string;
  s3: string;
  p3: string;
  gaz: string[];
  gazJoined: string;
}
const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, WordInfo>();

function wordInfo(t: Token): WordInfo {
  let info = wordCache.get(t.value);
  if (info) return info;
  const gaz = gazetteerClasses(t);
  info = { shape: wordShape(t.value), s3: t.lower.slice(-3), p3: t.lower.slice(0, 3), gaz, gazJoined: gaz.join('+') };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(t.value, info);
  return info;
}

/**
 * The static features of every token of the sentence [first, last) for the mention tagger, as names (training
 * and tests read these; inference hashes the same names through featuresOfSentence).
 */
export function tokenFeatures(tokens: Token[], first: number, last: number, mentions: readonly Mention[]): string[][] {
  const write = featuresOfSentence(tokens, first, last, mentions);
  const sink = new StringSink();
  return Array.from({ length: last - first }, (_, k) => {
    write(k, sink);
    return sink.take();
  });
}

/**
 * The static features of the tokens of the sentence [first, last): the word, its shape, POS, affixes, gazetteer
 * classes and the rule-based reading, for it and its neighbours. Returns a writer from a sentence-relative index
 * to that token's features; the per-token work is done once up front, the per-feature work is the sink's.
 */
export function featuresOfSentence(
  tokens: Token[],
  first: number,
  last: number,
  mentions: readonly Mention[],
): (k: number, sink: FeatureSink) => void {
  const n = last - first;
  const lower: string[] = [];
  const shape: string[] = [];
  const pos: string[] = [];
  const gaz: string[] = [];
  const info: WordInfo[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const w = wordInfo(t);
    info.push(w);
    lower.push(t.lower);
    shape.push(w.shape);
    pos.push(t.pos);
    gaz.push(w.gazJoined);
  }
  const multi = multiTokenPlaces(tokens, first, last);
  const runs = capitalRuns(tokens, first, last);
  const rule = ruleTags(first, last, mentions);
  const at = (arr: string[], k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : arr[k]!);
  return (k: number, f: FeatureSink): void => {
    const w = lower[k]!;
    const sh = shape[k]!;
    f.add('b');
    f.add('w=', w);
    f.add('sh=', sh);
    f.add('p=', pos[k]!);
    f.add('s3=', info[k]!.s3);
    f.add('p3=', info[k]!.p3);
    f.add('w-1=', at(lower, k - 1));
    f.add('w+1=', at(lower, k + 1));
    f.add('w-2=', at(lower, k - 2));
    f.add('w+2=', at(lower, k + 2));
    f.add('w-1w=', at(lower, k - 1), '|', w);
    f.add('ww+1=', w, '|', at(lower, k + 1));
    f.add('sh-1=', at(shape, k - 1));
    f.add('sh+1=', at(shape, k + 1));
    f.add('shsh=', at(shape, k - 1), '|', sh, '|', at(shape, k + 1));
    f.add('p-1=', at(pos, k - 1));
    f.add('p+1=', at(pos, k + 1));
    f.add('ppp=', at(pos, k - 1), '|', pos[k]!, '|', at(pos, k + 1));
    f.add('g-1=', at(gaz, k - 1));
    f.add('g+1=', at(gaz, k + 1));
    f.add('g+2=', at(gaz, k + 2));
    f.add('mg=', multi[k]!, '|', at(multi, k - 1), '|', at(multi, k + 1));
    f.add('r=', rule[k]!);
    f.add('r-1=', at(rule, k - 1));
    f.add('r+1=', at(rule, k + 1));
    f.add('rsh=', rule[k]!, '|', sh);
    for (const g of info[k]!.gaz) {
      f.add('g=', g);
      f.add('gsh=', g, '|', sh);
    }
    const run = runs[k];
    if (run) {
      const [a, b] = run;
      const where = k === a ? 'B' : k === b - 1 ? 'E' : 'M';
      f.add('rl=', lower[b - 1]!);
      f.add('rf=', lower[a]!);
      f.add('rlen=', RUN_LENGTHS[Math.min(b - a, 5)]!, where);
      f.add('rlg=', gaz[b - 1]!);
      f.add('rbefore=', at(lower, a - 1));
      f.add('rafter=', at(lower, b));
    }
    if (k === 0) f.add('first|sh=', sh);
  };
}

const RUN_LENGTHS = ['0', '1', '2', '3', '4', '5'];
