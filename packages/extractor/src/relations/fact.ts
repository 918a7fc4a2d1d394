import type { Mention } from '../mention';
import type { Token, Tokenized } from '../tokenize';

/** A relation read from one sentence, before it becomes a contract triple. */
export interface Fact {
  subject: Mention;
  predicate: string;
  object: Mention;
  /** The measured (or, where unmeasured, estimated) precision of the pattern that produced it. */
  confidence: number;
  negated?: boolean;
  attributedTo?: Mention | null;
  /** The verb lemma for the generic predicate. */
  verb?: string;
  /** The title as written for role predicates ("Foreign Minister"): the portfolio the predicate alone loses. */
  title?: string;
  /** Read from how names sit together ("Livingston, Texas"), not from a clause: no speaker, hedge or negation. */
  structural?: boolean;
  /** First token of the trigger (verb, title, noun): attribution and hedges are judged from here. */
  trigger: number;
}

/** What every pattern family gets: the tokens and the resolved mentions grouped by sentence. */
export interface FactContext {
  doc: Tokenized;
  mentions: Mention[];
  bySentence: Mention[][];
}

export function makeContext(doc: Tokenized, mentions: Mention[]): FactContext {
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]?.push(m);
  return { doc, mentions, bySentence };
}

/** The mention ending exactly at token `end` (exclusive) in `list`, if any. */
export function mentionEndingAt(list: Mention[], end: number): Mention | undefined {
  return list.find((m) => m.last === end);
}

/** The mention covering token `k`, if any. */
export function mentionAt(list: Mention[], k: number): Mention | undefined {
  return list.find((m) => m.first <= k && k < m.last);
}

export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === "'");
}
