import { countryByName } from '../gazetteer/countries';
import { placeByName } from '../gazetteer/places';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { StringSink, type FeatureSink } from './feature-sink';
import { AFTER, BEFORE, wordInfo, type WordInfo } from './word-info';

export { gazetteerClasses, wordShape } from './word-info';

/** Longest multi-token gazetteer entry tried, in tokens ("Salt Lake City", "United Arab Emirates"). */
const MAX_GAZ_TOKENS = 4;

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

const RULE_TAGS = new Map<string, string[]>();

/** The rule-based detector's reading of each token: 'B-Person', 'I-Location', ... or 'O'. */
export function ruleTags(first: number, last: number, mentions: readonly Mention[]): string[] {
  const out: string[] = new Array<string>(last - first).fill('O');
  for (const m of mentions) {
    if (m.last <= first || m.first >= last) continue;
    const reading = m.type + (m.role ? '+role' : '') + ':' + m.via;
    let tags = RULE_TAGS.get(reading);
    if (!tags) RULE_TAGS.set(reading, (tags = ['B-' + reading, 'I-' + reading]));
    for (let k = Math.max(m.first, first); k < Math.min(m.last, last); k++) out[k - first] = k === m.first ? tags[0]! : tags[1]!;
  }
  return out;
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

/** Everything the tagger reads of one sentence, computed once per sentence. */
export interface SentenceView {
  n: number;
  info: WordInfo[];
  pos: string[];
  /** Multi-token gazetteer place marks ('B', 'I' or ''). */
  multi: string[];
  /** The capitalised run each token is in, if any (relative [a, b)). */
  runs: Array<[number, number] | undefined>;
  /** The rule-based reading of each token. */
  rule: string[];
}

export function viewSentence(tokens: Token[], first: number, last: number, mentions: readonly Mention[]): SentenceView {
  const info: WordInfo[] = [];
  const pos: string[] = [];
  for (let i = first; i < last; i++) {
    info.push(wordInfo(tokens[i]!));
    pos.push(tokens[i]!.pos);
  }
  return {
    n: last - first,
    info,
    pos,
    multi: multiTokenPlaces(tokens, first, last),
    runs: capitalRuns(tokens, first, last),
    rule: ruleTags(first, last, mentions),
  };
}

/** The value of `arr` at a sentence-relative index, '<s>' before the sentence and '</s>' after it. */
export function at(arr: readonly string[], k: number): string {
  return k < 0 ? '<s>' : k >= arr.length ? '</s>' : arr[k]!;
}

/** The WordInfo at a sentence-relative index, with stand-ins outside the sentence. */
export function wordAt(info: readonly WordInfo[], k: number): WordInfo {
  return k < 0 ? BEFORE : k >= info.length ? AFTER : info[k]!;
}

/**
 * The static features of the tokens of the sentence [first, last) for the mention tagger: the word, its shape,
 * POS, affixes, gazetteer classes and the rule-based reading, for it and its neighbours. Returns a writer from a
 * sentence-relative index to that token's features. This is the definition of the tagger's features (training
 * reads it); inference computes the same scores faster through cached weight vectors (tagger-scorer.ts), and a
 * test holds the two equal.
 */
export function featuresOfSentence(
  tokens: Token[],
  first: number,
  last: number,
  mentions: readonly Mention[],
): (k: number, sink: FeatureSink) => void {
  const { info, pos, multi, runs, rule } = viewSentence(tokens, first, last, mentions);
  const word = (k: number): WordInfo => wordAt(info, k);
  return (k: number, f: FeatureSink): void => {
    const cur = info[k]!;
    const prev = word(k - 1);
    const next = word(k + 1);
    const sh = cur.shape;
    f.add('b');
    f.add('w=', cur.lower);
    f.add('sh=', sh);
    f.add('p=', pos[k]!);
    f.add('s3=', cur.s3);
    f.add('p3=', cur.p3);
    f.add('w-1=', prev.lower);
    f.add('w+1=', next.lower);
    f.add('w-2=', word(k - 2).lower);
    f.add('w+2=', word(k + 2).lower);
    f.add('w-1w=', prev.lower, '|', cur.lower);
    f.add('ww+1=', cur.lower, '|', next.lower);
    f.add('sh-1=', prev.shape);
    f.add('sh+1=', next.shape);
    f.add('shsh=', prev.shape, '|', sh, '|', next.shape);
    f.add('p-1=', at(pos, k - 1));
    f.add('p+1=', at(pos, k + 1));
    f.add('ppp=', at(pos, k - 1), '|', pos[k]!, '|', at(pos, k + 1));
    f.add('g-1=', prev.gazJoined);
    f.add('g+1=', next.gazJoined);
    f.add('g+2=', word(k + 2).gazJoined);
    f.add('mg=', multi[k]!, '|', at(multi, k - 1), '|', at(multi, k + 1));
    f.add('r=', rule[k]!);
    f.add('r-1=', at(rule, k - 1));
    f.add('r+1=', at(rule, k + 1));
    f.add('rsh=', rule[k]!, '|', sh);
    for (const g of cur.gaz) {
      f.add('g=', g);
      f.add('gsh=', g, '|', sh);
    }
    const run = runs[k];
    if (run) {
      const [a, b] = run;
      f.add('rl=', info[b - 1]!.lower);
      f.add('rf=', info[a]!.lower);
      f.add('rlen=', RUN_LENGTHS[Math.min(b - a, 5)]!, k === a ? 'B' : k === b - 1 ? 'E' : 'M');
      f.add('rlg=', info[b - 1]!.gazJoined);
      f.add('rbefore=', word(a - 1).lower);
      f.add('rafter=', word(b).lower);
      f.add('rbefore2=', word(a - 2).lower);
      f.add('rafter2=', word(b + 1).lower);
      f.add('rbl=', word(a - 1).lower, '|', info[b - 1]!.lower);
    }
    f.add('sh-2=', word(k - 2).shape, '|', prev.shape);
    if (k === 0) f.add('first|sh=', sh);
  };
}

export const RUN_LENGTHS = ['0', '1', '2', '3', '4', '5'];
