import { detectRuleMentions } from '../detect-mentions';
import { resolveIdentities } from '../resolve-identities';
import { tokenize } from '../tokenize';
import { makeContext, type Fact, type FactContext } from './fact';
import { buildReferents, type Referents } from './referents';

/**
 * A text read with the rule mentions only, for the pattern tests: they pin the hand-written patterns,
 * whatever the learned layer adds on top.
 */
export function readRules(text: string): { ctx: FactContext; refs: Referents } {
  const doc = tokenize(text);
  const ctx = makeContext(doc, resolveIdentities(doc.tokens, detectRuleMentions(doc)));
  return { ctx, refs: buildReferents(ctx) };
}

/** Facts as `subject PREDICATE object` lines, easy to compare. */
export function showFacts(facts: Fact[]): string[] {
  return facts.map((f) => `${f.subject.key} ${f.predicate} ${f.object.key}`);
}
