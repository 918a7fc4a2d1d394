import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { CONLL_ENTITY_OF } from './conll-map';

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

/**
 * Features of a candidate relation between two mentions of one sentence: the words, lemmas, verbs and POS between
 * them, their distance and the mentions between, the words around, the arguments' heads, subtypes and role titles,
 * and what the hand-written patterns said. Each feature is prefixed with the pair's kind (`Peop>Org|bw=for`).
 */
export function pairFeatures({ tokens, subject, object, sentence, hand, handReverse }: PairInput): string[] {
  const kind = pairKind(subject, object);
  const left = subject.first < object.first ? subject : object;
  const right = left === subject ? object : subject;
  const f: string[] = ['bias'];
  const n = Math.max(0, right.first - left.last);
  f.push('d=' + bucket(n));
  let seq = '';
  let posSeq = '';
  let commas = 0;
  let verbs = 0;
  for (let k = left.last; k < right.first; k++) {
    const t = tokens[k]!;
    f.push('bw=' + t.lower);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      f.push('bv=' + t.lemma);
      verbs++;
    }
    if (t.value === ',') commas++;
    if (n <= 5) seq += (seq ? ' ' : '') + t.lower;
    if (n <= 8 && !posSeq.endsWith(t.pos)) posSeq += (posSeq ? ' ' : '') + t.pos;
  }
  if (n > 0) {
    f.push('bf=' + tokens[left.last]!.lower, 'bl=' + tokens[right.first - 1]!.lower);
    if (n > 1) f.push('bf2=' + tokens[left.last]!.lower + ' ' + tokens[left.last + 1]!.lower, 'bl2=' + tokens[right.first - 2]!.lower + ' ' + tokens[right.first - 1]!.lower);
  }
  if (n <= 5) f.push('bseq=' + seq);
  if (n <= 8) f.push('bpos=' + posSeq);
  f.push('commas=' + Math.min(commas, 3), 'verbs=' + Math.min(verbs, 2));
  const between = sentence.filter((m) => m.first >= left.last && m.last <= right.first);
  f.push('mb=' + Math.min(between.length, 3), 'mbt=' + between.slice(0, 3).map((m) => CONLL_ENTITY_OF[m.type]).join(','));
  const before = tokens[left.first - 1];
  const after = tokens[right.last];
  f.push('w-1=' + (before && before.sentence === left.sentence ? before.lower : '<s>'));
  f.push('w+1=' + (after && after.sentence === right.sentence ? after.lower : '</s>'));
  f.push('lw+1=' + (tokens[left.last]?.lower ?? '</s>'));
  for (const [name, m] of [
    ['s', subject],
    ['o', object],
  ] as const) {
    f.push(name + 'h=' + tokens[m.last - 1]!.lower, name + 'sub=' + (m.subtype ?? '-'), name + 'via=' + m.via, name + 'len=' + Math.min(m.last - m.first, 4));
    if (m.role) f.push(name + 'role=' + (m.role.predicate || m.role.title.toLowerCase()));
    const prev = tokens[m.first - 1];
    if (prev && prev.sentence === m.sentence) f.push(name + 'w-1=' + prev.lower);
  }
  for (const p of hand) f.push('hand=' + p);
  for (const p of handReverse) f.push('handrev=' + p);
  if (hand.length === 0 && handReverse.length === 0) f.push('hand=none');
  return f.map((x) => kind + '|' + x);
}
