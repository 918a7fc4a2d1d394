import type { Mention } from '../mention';
import type { Fact, FactContext } from '../relations/fact';
import { attributionSources } from '../relations/qualify-facts';
import { calibrate } from './calibration';
import { conllRelationFor, type ConllRelation } from './conll-map';
import { guardLearnedFact, indexRuleFacts } from './learned-guards';
import { learnedModels, RELATION_LABELS, type RelationModel } from './models';
import { ScoreSink } from './feature-sink';
import type { LinearModel } from './perceptron';
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

/** A mention's span as one number (mentions lie inside a sentence of at most MAX_SENTENCE_TOKENS tokens). */
const spanKey = (m: Mention): number => m.first * 1024 + Math.min(m.last - m.first, 1023);

type HandIndex = Map<number, Map<number, string[]>>;

/** The pattern facts' predicates by the spans of their subject and object. */
function handIndex(hand: readonly Fact[]): HandIndex {
  const handBy: HandIndex = new Map();
  for (const f of hand) {
    let byObject = handBy.get(spanKey(f.subject));
    if (!byObject) handBy.set(spanKey(f.subject), (byObject = new Map()));
    const list = byObject.get(spanKey(f.object));
    if (list) list.push(f.predicate);
    else byObject.set(spanKey(f.object), [f.predicate]);
  }
  return handBy;
}

const none: string[] = [];

/** What the relation classifier reads of the pair (pair-features.ts). */
function pairInput(ctx: FactContext, handBy: HandIndex, subject: Mention, object: Mention, sentence: Mention[]): PairInput {
  const hand = handBy.get(spanKey(subject))?.get(spanKey(object)) ?? none;
  const handReverse = handBy.get(spanKey(object))?.get(spanKey(subject)) ?? none;
  return { tokens: ctx.doc.tokens, subject, object, sentence, hand, handReverse };
}

/**
 * Calls `visit` with every ordered pair of mentions of a sentence that may hold a CoNLL04 relation: different
 * entities, at most `maxGap` tokens apart, whose types allow one. Training and inference both select through here.
 */
function forEachPair(
  ctx: FactContext,
  maxGap: number,
  visit: (subject: Mention, object: Mention, relation: ConllRelation, sentence: Mention[]) => void,
): void {
  for (const sentence of ctx.bySentence) {
    if (sentence.length < 2) continue;
    for (const subject of sentence) {
      for (const object of sentence) {
        if (subject === object || subject.key === object.key) continue;
        if (Math.max(subject.first, object.first) - Math.min(subject.last, object.last) > maxGap) continue;
        const relation = conllRelationFor(subject.type, object.type);
        if (relation) visit(subject, object, relation, sentence);
      }
    }
  }
}

/** The candidate pairs of every sentence, at most `maxGap` tokens apart; `hand` are the pattern facts (they are features). */
export function candidatePairs(ctx: FactContext, hand: readonly Fact[], maxGap = MAX_PAIR_GAP): Candidate[] {
  const handBy = handIndex(hand);
  const out: Candidate[] = [];
  forEachPair(ctx, maxGap, (subject, object, relation, sentence) => {
    out.push({ subject, object, relation, input: pairInput(ctx, handBy, subject, object, sentence) });
  });
  return out;
}

const sinks = new WeakMap<LinearModel, ScoreSink>();

/** The (cached) scoring sink of a relation model. */
function scoreSink(model: LinearModel): ScoreSink {
  let sink = sinks.get(model);
  if (!sink) sinks.set(model, (sink = new ScoreSink(model)));
  return sink;
}

/**
 * Margin of the pair's relation over no relation: the classifier's score for it. `sink` (from scoreSink) may carry
 * the weights of the words of the pair's sentence from earlier pairs; a fresh one is used when absent.
 */
export function relationMargin(relations: RelationModel, c: Pick<Candidate, 'relation' | 'input'>, sink?: ScoreSink): number {
  if (!sink) {
    sink = scoreSink(relations.model);
    sink.window(c.input.subject.first);
  }
  sink.clear();
  writePairFeatures(c.input, sink);
  const scores = sink.scores;
  return scores[RELATION_LABELS.indexOf(c.relation.conll)]! - scores[0]!;
}

/**
 * Adds the relation classifier's facts to the hand-written ones. A learned fact needs a margin above the model's
 * threshold and a calibrated precision (measured on held-out train folds) of at least `minConfidence`, and must
 * pass the guards (learned-guards.ts): it never restates, contradicts or competes with what the rules said about
 * the same two entities. Confidence is that calibrated precision. The guards run before the features are read.
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
  const rules = indexRuleFacts(hand, attributionSources(ctx));
  const handBy = handIndex(hand);
  const sink = scoreSink(relations.model);
  let current: Mention[] | undefined;
  forEachPair(ctx, MAX_PAIR_GAP, (subject, object, relation, sentence) => {
    if (guardLearnedFact(subject, object, relation, rules)) return;
    if (sentence !== current) {
      // The pairs of one sentence share their words: the sink remembers their weights within the sentence.
      current = sentence;
      sink.window(ctx.doc.sentences[subject.sentence]!.first);
    }
    const c: Candidate = { subject, object, relation, input: pairInput(ctx, handBy, subject, object, sentence) };
    const margin = relationMargin(relations, c, sink);
    if (margin <= relations.threshold) return;
    const confidence = calibrate(relations.calibration, margin);
    if (confidence < minConfidence) return;
    const left = Math.min(subject.last, object.last);
    const right = Math.max(subject.first, object.first);
    let verb = -1;
    for (let k = left; k < right && verb < 0; k++) if (tokens[k]!.pos === 'VERB') verb = k;
    const fact: LearnedFact = {
      subject,
      predicate: relation.predicate,
      object,
      confidence,
      trigger: verb >= 0 ? verb : subject.first,
      get because() {
        return explain(relations, c);
      },
    };
    if (verb < 0) fact.structural = true;
    out.push(fact);
  });
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
