import type { Token } from '../tokenize';

/** One sentence in the SpERT CoNLL04 format (`/work/shared/benchmarks/conll04`). */
export interface ConllSentence {
  tokens: string[];
  entities: Array<{ type: string; start: number; end: number }>;
  relations: Array<{ type: string; head: number; tail: number }>;
}

/** A gold entity as a span of our (wink-nlp) tokens. */
export interface GoldSpan {
  first: number;
  last: number;
  type: string;
}

/** The text a CoNLL04 sentence is read from, and the character offset of each of its tokens. */
export function conllText(s: ConllSentence): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let o = 0;
  for (const t of s.tokens) {
    offsets.push(o);
    o += t.length + 1;
  }
  return { text: s.tokens.join(' '), offsets };
}

/**
 * Gold entities mapped onto our tokens by character offsets: a token belongs to an entity when it starts inside
 * it. Entities no token starts in (tokenisation disagreements) map to undefined, so indexes stay aligned.
 */
export function alignEntities(s: ConllSentence, tokens: Token[]): Array<GoldSpan | undefined> {
  const { offsets } = conllText(s);
  return s.entities.map((e) => {
    const start = offsets[e.start]!;
    const end = offsets[e.end - 1]! + s.tokens[e.end - 1]!.length;
    let first = -1;
    let last = -1;
    for (const t of tokens) {
      if (t.start >= start && t.start < end) {
        if (first < 0) first = t.i;
        last = t.i + 1;
      }
    }
    return first < 0 ? undefined : { first, last, type: e.type };
  });
}

/** CoNLL04 token span [a, b) covering the characters [start, end) (the evaluation's mapping back). */
export function conllSpan(s: ConllSentence, start: number, end: number): [number, number] {
  const { offsets } = conllText(s);
  let a = offsets.findIndex((o, i) => o + s.tokens[i]!.length > start);
  let b = offsets.findIndex((o) => o >= end);
  if (a < 0) a = s.tokens.length;
  if (b < 0) b = s.tokens.length;
  return [a, b];
}
