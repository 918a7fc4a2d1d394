/** Candidate relation pairs of prepared CoNLL04 sentences, labelled from the gold relations. */
import { detectMentions } from '../src/detect-mentions';
import { conllSpan } from '../src/learned/conll-sentence';
import { CONLL_ENTITY_OF } from '../src/learned/conll-map';
import { candidatePairs, TRAIN_PAIR_GAP } from '../src/learned/learned-relations';
import { pairFeatures } from '../src/learned/pair-features';
import type { RelationExample } from '../src/learned/train-relations';
import type { Mention } from '../src/mention';
import { makeContext } from '../src/relations/fact';
import { findFacts } from '../src/relations/find-facts';
import { resolveIdentities } from '../src/resolve-identities';
import type { PreparedSentence } from './train-data';

/** The gold relations of a sentence as `type|head span:class|tail span:class` keys (CoNLL04 token spans). */
export function goldRelationKeys(p: PreparedSentence): Set<string> {
  const e = p.conll.entities;
  return new Set(
    p.conll.relations.map(
      (r) => `${r.type}|${e[r.head]!.start}:${e[r.head]!.end}:${e[r.head]!.type}|${e[r.tail]!.start}:${e[r.tail]!.end}:${e[r.tail]!.type}`,
    ),
  );
}

function spanKey(p: PreparedSentence, m: Mention): string {
  const [a, b] = conllSpan(p.conll, m.start, m.end);
  return `${a}:${b}:${CONLL_ENTITY_OF[m.type] ?? '?'}`;
}

/**
 * Runs the pipeline (with whatever learned models are in use) on the sentence and labels every candidate pair:
 * it holds when the gold has that relation between exactly those spans and classes.
 */
export function relationExamples(p: PreparedSentence): RelationExample[] {
  const mentions = resolveIdentities(p.doc.tokens, detectMentions(p.doc, true));
  const hand = findFacts(p.doc, mentions, false);
  const gold = goldRelationKeys(p);
  return candidatePairs(makeContext(p.doc, mentions), hand, TRAIN_PAIR_GAP).map((c) => ({
    features: pairFeatures(c.input),
    relation: c.relation.conll,
    holds: gold.has(`${c.relation.conll}|${spanKey(p, c.subject)}|${spanKey(p, c.object)}`),
  }));
}
