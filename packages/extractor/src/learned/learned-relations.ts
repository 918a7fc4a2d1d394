import type { Mention } from '../mention';
import type { Fact, FactContext } from '../relations/fact';
import { calibrate } from './calibration';
import { conllRelationFor, type ConllRelation } from './conll-map';
import { guardLearnedFact, indexRuleFacts } from './learned-guards';
import { learnedModels, RELATION_LABELS, type RelationModel } from './models';
import { HashSink } from './feature-sink';
import { pairFeatures, writePairFeatures, type PairInput } from './pair-features';

/** A fact from the relation classifier: `because` names the features that pushed it over the line (computed when read). */
export interface LearnedFact extends Fact {
  readonly because: string[];
}

/**
 * Pairs further apart than this many tokens are not candidates at run time: 10.4% of CoNLL04 train relations are
 * (statistic of train.json), the classifier rarely finds those, and long pairs cost the most features. 15 rather
 * than TRAIN_PAIR_GAP cuts the classifier's time by about a fifth for 0.002 of dev relation F1.
 */
export const MAX_PAIR_GAP = 15;

/**
 * Training reads pairs up to this far apart (4.1% of train relations are further): the long pairs are examples of
 * what the between-words mean even when run-time candidates are shorter. Training on the run-time gap instead gave
 * a classifier that was no better on dev (0.509 vs 0.503) and drew a wrong fact from the sample article.
 */
export const TRAIN_PAIR_GAP = 25;

/** One ordered pair of mentions of a sentence whose types allow a CoNLL04 relation. */
export interface Candidate {
  subject: Mention;
  object: Mention;
  relation: ConllRelation;
  /** What the features are read from (pair-features.ts). */
  input: PairInput;
}

const spanKey = (m: Mention): string => m.first + ':' + m.last;

/** The candidate pairs of every sentence, at most `maxGap` tokens apart; `hand` are the pattern facts (they are features). */
export function candidatePairs(ctx: FactContext, hand: readonly Fact[], maxGap = MAX_PAIR_GAP): Candidate[] {
  const handBy = new Map<string, string[]>();
  for (const f of hand) {
    const k = spanKey(f.subject) + '>' + spanKey(f.object);
    const list = handBy.get(k);
    if (list) list.push(f.predicate);
    else handBy.set(k, [f.predicate]);
  }
  const none: string[] = [];
  const out: Candidate[] = [];
  const { tokens } = ctx.doc;
  for (const sentence of ctx.bySentence) {
    for (const subject of sentence) {
      for (const object of sentence) {
        if (subject === object || subject.key === object.key) continue;
        if (Math.max(subject.first, object.first) - Math.min(subject.last, object.last) > maxGap) continue;
        const relation = conllRelationFor(subject.type, object.type);
        if (!relation) continue;
        const hand = handBy.get(spanKey(subject) + '>' + spanKey(object)) ?? none;
        const handReverse = handBy.get(spanKey(object) + '>' + spanKey(subject)) ?? none;
        out.push({ subject, object, relation, input: { tokens, subject, object, sentence, hand, handReverse } });
      }
    }
  }
  return out;
}

const sink = new HashSink();
let scores = new Float64Array(RELATION_LABELS.length);

/** Margin of the pair's relation over no relation: the classifier's score for it. */
export function relationMargin(relations: RelationModel, c: Candidate): number {
  sink.clear();
  writePairFeatures(c.input, sink);
  if (scores.length !== relations.model.labels.length) scores = new Float64Array(relations.model.labels.length);
  relations.model.scoresOfKeys(sink.keys, sink.length, scores);
  return scores[RELATION_LABELS.indexOf(c.relation.conll)]! - scores[0]!;
}

/**
 * Adds the relation classifier's facts to the hand-written ones. A learned fact needs a margin above the model's
 * threshold and a calibrated precision (measured on held-out train folds) of at least `minConfidence`, and must
 * pass the guards (learned-guards.ts): it never restates, contradicts or competes with what the rules said about
 * the same two entities. Confidence is that calibrated precision.
 */
export function addLearnedFacts(
  ctx: FactContext,
  hand: Fact[],
  relations: RelationModel | undefined = learnedModels().relations,
  minConfidence = relations?.minConfidence ?? 0,
): Fact[] {
  if (!relations) return hand;
  const out: Fact[] = hand.slice();
  const { tokens } = ctx.doc;
  const rules = indexRuleFacts(hand);
  for (const c of candidatePairs(ctx, hand)) {
    if (guardLearnedFact(c.subject, c.object, c.relation, rules)) continue;
    const margin = relationMargin(relations, c);
    if (margin <= relations.threshold) continue;
    const confidence = calibrate(relations.calibration, margin);
    if (confidence < minConfidence) continue;
    const left = Math.min(c.subject.last, c.object.last);
    const right = Math.max(c.subject.first, c.object.first);
    let verb = -1;
    for (let k = left; k < right && verb < 0; k++) if (tokens[k]!.pos === 'VERB') verb = k;
    const fact: LearnedFact = {
      subject: c.subject,
      predicate: c.relation.predicate,
      object: c.object,
      confidence,
      trigger: verb >= 0 ? verb : c.subject.first,
      get because() {
        return explain(relations, c);
      },
    };
    if (verb < 0) fact.structural = true;
    out.push(fact);
  }
  return out;
}

/** The three features that most favour the relation over no relation, with their weight difference. */
export function explain(relations: RelationModel, c: Candidate, top = 3): string[] {
  const label = RELATION_LABELS.indexOf(c.relation.conll);
  return pairFeatures(c.input)
    .map((f) => ({ f, w: relations.model.weight(f, label) - relations.model.weight(f, 0) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
    .slice(0, top)
    .map((x) => `${x.f} (${x.w.toFixed(2)})`);
}
