import type { Mention } from '../mention';
import type { Tokenized } from '../tokenize';
import { adjacencyFacts } from './adjacency-facts';
import { makeContext, type Fact } from './fact';
import { qualifyFacts } from './qualify-facts';
import { buildReferents } from './referents';
import { roleFacts } from './role-facts';
import { verbFacts } from './verb-facts';

/** Runs every pattern family over the document and returns the facts in text order. */
export function findFacts(doc: Tokenized, mentions: Mention[]): Fact[] {
  const ctx = makeContext(doc, mentions);
  const refs = buildReferents(ctx);
  const facts = [...roleFacts(ctx), ...adjacencyFacts(ctx), ...verbFacts(ctx, refs)];
  return qualifyFacts(ctx, refs, facts).sort((a, b) => a.trigger - b.trigger);
}
