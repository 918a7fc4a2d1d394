import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { CONLL_ENTITY_OF } from './conll-map';
import { StringSink, type FeatureSink } from './feature-sink';

/** What the relation classifier sees of one ordered candidate pair. */
export interface PairInput {
  tokens: Token[];
  subject: Mention;
  object: Mention;
  /** Every mention of the sentence, in text order. */
  sentence: readonly Mention[];
  /** Predicates the hand-written patterns found from subject to object, and from object to subject. */
  hand: readonly string[];
  handReverse: readonly string[];
}

const DISTANCE_BUCKETS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 25];

function bucket(n: number): number {
  let b = 0;
  for (const d of DISTANCE_BUCKETS) if (n >= d) b = d;
  return b;
}

/** The name of the pair's kind, which prefixes every feature: argument classes and their order in the text. */
export function pairKind(subject: Mention, object: Mention): string {
  const order = subject.first < object.first ? '>' : '<';
  return (CONLL_ENTITY_OF[subject.type] ?? '?') + order + (CONLL_ENTITY_OF[object.type] ?? '?');
}

// The feature prefix of every pair kind, built once (writePairFeatures runs for every candidate pair).
const prefixes = new Map<string, Map<string, [string, string]>>();

function pairPrefix(subject: Mention, object: Mention): string {
  let byObject = prefixes.get(subject.type);
  if (!byObject) prefixes.set(subject.type, (byObject = new Map()));
  let both = byObject.get(object.type);
  if (!both) {
    const s = CONLL_ENTITY_OF[subject.type] ?? '?';
    const o = CONLL_ENTITY_OF[object.type] ?? '?';
    byObject.set(object.type, (both = [s + '>' + o + '|', s + '<' + o + '|']));
  }
  return subject.first < object.first ? both[0] : both[1];
}

const BUCKET_NAMES = DISTANCE_BUCKETS.map(String);
const SMALL = ['0', '1', '2', '3', '4', '5'];
const sideNames = { s: ['sh=', 'ssub=', 'svia=', 'slen=', 'srole=', 'sw-1='], o: ['oh=', 'osub=', 'ovia=', 'olen=', 'orole=', 'ow-1='] };

/** Features of a candidate pair as names (training, tests, explanations). */
export function pairFeatures(input: PairInput): string[] {
  const sink = new StringSink();
  writePairFeatures(input, sink);
  return sink.take();
}

/**
 * Features of a candidate relation between two mentions of one sentence: the words, lemmas, verbs and POS between
 * them, their distance and the mentions between, the words around, the arguments' heads, subtypes and role titles,
 * and what the hand-written patterns said. Each feature is prefixed with the pair's kind (`Peop>Org|bw=for`).
 */
export function writePairFeatures({ tokens, subject, object, sentence, hand, handReverse }: PairInput, f: FeatureSink): void {
  f.setPrefix(pairPrefix(subject, object));
  const left = subject.first < object.first ? subject : object;
  const right = left === subject ? object : subject;
  f.add('bias');
  const n = Math.max(0, right.first - left.last);
  f.add('d=', BUCKET_NAMES[DISTANCE_BUCKETS.indexOf(bucket(n))]!);
  const seq: string[] = [];
  const posSeq: string[] = [];
  let commas = 0;
  let verbs = 0;
  for (let k = left.last; k < right.first; k++) {
    const t = tokens[k]!;
    f.addToken('bw=', t.lower, k);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      f.addToken('bv=', t.lemma, k);
      verbs++;
    }
    if (t.value === ',') commas++;
    if (n <= 5) seq.push(t.lower);
    if (n <= 8 && posSeq[posSeq.length - 1] !== t.pos) posSeq.push(t.pos);
  }
  if (n > 0) {
    f.addToken('bf=', tokens[left.last]!.lower, left.last);
    f.addToken('bl=', tokens[right.first - 1]!.lower, right.first - 1);
    if (n > 1) {
      f.add('bf2=', tokens[left.last]!.lower, ' ', tokens[left.last + 1]!.lower);
      f.add('bl2=', tokens[right.first - 2]!.lower, ' ', tokens[right.first - 1]!.lower);
    }
  }
  if (n <= 5) f.addJoined('bseq=', seq, ' ');
  if (n <= 8) f.addJoined('bpos=', posSeq, ' ');
  f.add('commas=', SMALL[Math.min(commas, 3)]!);
  f.add('verbs=', SMALL[Math.min(verbs, 2)]!);
  const between: string[] = [];
  let nb = 0;
  for (const m of sentence) {
    if (m.first < left.last || m.last > right.first) continue;
    if (nb++ < 3) between.push(CONLL_ENTITY_OF[m.type] ?? '?');
  }
  f.add('mb=', SMALL[Math.min(nb, 3)]!);
  f.addJoined('mbt=', between, ',');
  const before = tokens[left.first - 1];
  const after = tokens[right.last];
  f.addToken('w-1=', before && before.sentence === left.sentence ? before.lower : '<s>', left.first - 1);
  f.addToken('w+1=', after && after.sentence === right.sentence ? after.lower : '</s>', right.last);
  f.addToken('lw+1=', tokens[left.last]?.lower ?? '</s>', left.last);
  writeArgument(f, tokens, subject, sideNames.s);
  writeArgument(f, tokens, object, sideNames.o);
  for (const p of hand) f.add('hand=', p);
  for (const p of handReverse) f.add('handrev=', p);
  if (hand.length === 0 && handReverse.length === 0) f.add('hand=none');
}

/** An argument's features: its head word, subtype, how it was found, length, role title and the word before it. */
function writeArgument(f: FeatureSink, tokens: Token[], m: Mention, name: readonly string[]): void {
  f.addToken(name[0]!, tokens[m.last - 1]!.lower, m.last - 1);
  f.add(name[1]!, m.subtype ?? '-');
  f.add(name[2]!, m.via);
  f.add(name[3]!, SMALL[Math.min(m.last - m.first, 4)]!);
  if (m.role) f.add(name[4]!, m.role.predicate || m.role.title.toLowerCase());
  const prev = tokens[m.first - 1];
  if (prev && prev.sentence === m.sentence) f.addToken(name[5]!, prev.lower, m.first - 1);
}
