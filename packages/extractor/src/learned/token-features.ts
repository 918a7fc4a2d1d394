import { countryByCapital, countryByDemonym, countryByName } from '../gazetteer/countries';
import { isFirstName } from '../gazetteer/first-names';
import { placeByName } from '../gazetteer/places';
import { GOVERNMENT_NOUNS, KNOWN_ORGANIZATIONS, ORG_CUES, PERSON_TITLES, PLACE_AFTER } from '../lexicon/cues';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';

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

/** Per token of [first, last): 'B'/'I' when a multi-token gazetteer place or country starts/continues there. */
function multiTokenPlaces(tokens: Token[], first: number, last: number): string[] {
  const out: string[] = new Array<string>(last - first).fill('');
  for (let i = first; i < last; i++) {
    if (!tokens[i]!.cap) continue;
    let surface = tokens[i]!.value;
    let found = 0;
    for (let j = i + 1; j < last && j < i + MAX_GAZ_TOKENS; j++) {
      surface += ' ' + tokens[j]!.value;
      if (countryByName(surface) || placeByName(surface)) found = j;
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

/**
 * The static features of every token of the sentence [first, last) for the mention tagger: the word, its shape,
 * POS, affixes, gazetteer classes and the rule-based reading, for it and its neighbours. Cheap by design: string
 * concatenation and Map lookups only.
 */
export function tokenFeatures(tokens: Token[], first: number, last: number, mentions: readonly Mention[]): string[][] {
  const at = featuresOfSentence(tokens, first, last, mentions);
  return Array.from({ length: last - first }, (_, k) => at(k));
}

/** As tokenFeatures, but lazy: returns a function from a sentence-relative index to that token's features. */
export function featuresOfSentence(tokens: Token[], first: number, last: number, mentions: readonly Mention[]): (k: number) => string[] {
  const n = last - first;
  const lower: string[] = [];
  const shape: string[] = [];
  const pos: string[] = [];
  const gaz: string[] = [];
  const gazList: string[][] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    lower.push(t.lower);
    shape.push(wordShape(t.value));
    pos.push(t.pos);
    const g = gazetteerClasses(t);
    gazList.push(g);
    gaz.push(g.join('+'));
  }
  const multi = multiTokenPlaces(tokens, first, last);
  const runs = capitalRuns(tokens, first, last);
  const rule = ruleTags(first, last, mentions);
  const at = (arr: string[], k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : arr[k]!);
  return (k: number): string[] => {
    const w = lower[k]!;
    const f = [
      'b',
      'w=' + w,
      'sh=' + shape[k],
      'p=' + pos[k],
      's3=' + w.slice(-3),
      'p3=' + w.slice(0, 3),
      'w-1=' + at(lower, k - 1),
      'w+1=' + at(lower, k + 1),
      'w-2=' + at(lower, k - 2),
      'w+2=' + at(lower, k + 2),
      'w-1w=' + at(lower, k - 1) + '|' + w,
      'ww+1=' + w + '|' + at(lower, k + 1),
      'sh-1=' + at(shape, k - 1),
      'sh+1=' + at(shape, k + 1),
      'shsh=' + at(shape, k - 1) + '|' + shape[k] + '|' + at(shape, k + 1),
      'p-1=' + at(pos, k - 1),
      'p+1=' + at(pos, k + 1),
      'ppp=' + at(pos, k - 1) + '|' + pos[k] + '|' + at(pos, k + 1),
      'g-1=' + at(gaz, k - 1),
      'g+1=' + at(gaz, k + 1),
      'g+2=' + at(gaz, k + 2),
      'mg=' + multi[k] + '|' + at(multi, k - 1) + '|' + at(multi, k + 1),
      'r=' + rule[k],
      'r-1=' + at(rule, k - 1),
      'r+1=' + at(rule, k + 1),
      'rsh=' + rule[k] + '|' + shape[k],
    ];
    for (const g of gazList[k]!) f.push('g=' + g, 'gsh=' + g + '|' + shape[k]);
    const run = runs[k];
    if (run) {
      const [a, b] = run;
      const pos = k === a ? 'B' : k === b - 1 ? 'E' : 'M';
      f.push('rl=' + lower[b - 1], 'rf=' + lower[a], 'rlen=' + Math.min(b - a, 5) + pos, 'rlg=' + gaz[b - 1], 'rbefore=' + at(lower, a - 1), 'rafter=' + at(lower, b));
    }
    if (k === 0) f.push('first|sh=' + shape[k]);
    return f;
  };
}
