import { addLearnedFacts } from '../learned/learned-relations';
import type { Mention } from '../mention';
import type { Tokenized } from '../tokenize';
import { adjacencyFacts } from './adjacency-facts';
import { betweenFacts } from './between-facts';
import { makeContext, type Fact } from './fact';
import { nominalFacts } from './nominal-facts';
import { qualifyFacts } from './qualify-facts';
import { buildReferents } from './referents';
import { roleFacts } from './role-facts';
import { titleFacts } from './title-facts';
import { verbFacts } from './verb-facts';

/** Runs every pattern family (and the relation classifier when `learned`) over the document; facts in text order. */
export function findFacts(doc: Tokenized, mentions: Mention[], learned = false): Fact[] {
  const ctx = makeContext(doc, mentions);
  const refs = buildReferents(ctx);
  const facts = [
    ...roleFacts(ctx),
    ...titleFacts(ctx, refs),
    ...adjacencyFacts(ctx),
    ...betweenFacts(ctx),
    ...nominalFacts(ctx, refs),
    ...verbFacts(ctx, refs),
  ];
  return qualifyFacts(ctx, refs, learned ? addLearnedFacts(ctx, facts) : facts).sort((a, b) => a.trigger - b.trigger);
}
