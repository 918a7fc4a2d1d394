import { RELATION_LABELS } from './models';
import { AveragedPerceptron, type LinearModelJson } from './perceptron';
import { seededRandom, seededShuffle } from './seeded-shuffle';

/** One candidate pair for training: its features, the CoNLL04 relation its types allow, and whether it holds. */
export interface RelationExample {
  features: string[];
  relation: string;
  holds: boolean;
}

export interface TrainRelationsOptions {
  epochs?: number;
  seed?: number;
  /** Perceptrons trained (seeds seed, seed + 1, ...), whose weights are averaged (trainRelationsAveraged). */
  runs?: number;
}

/**
 * Trains the relation classifier: a perceptron over RELATION_LABELS where each pair chooses only between no
 * relation and the one relation its argument types allow. Seeded example order, so the result is reproducible.
 */
export function trainRelations(
  examples: readonly RelationExample[],
  { epochs = 10, seed = 1 }: TrainRelationsOptions = {},
): AveragedPerceptron {
  const model = new AveragedPerceptron(RELATION_LABELS);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of seededShuffle(examples, random)) {
      const rel = RELATION_LABELS.indexOf(ex.relation);
      const guess = model.predict(ex.features, [0, rel]);
      model.update(ex.features, ex.holds ? rel : 0, guess);
    }
  }
  return model;
}

/**
 * The mean of `runs` classifiers trained on the same examples in different seeded orders, weights below `prune`
 * dropped. One perceptron's facts move with the order it saw the examples in (CoNLL04 dev relation F1 0.49-0.53 over
 * seeds); the mean of several moves less.
 */
export function trainRelationsAveraged(
  examples: readonly RelationExample[],
  { epochs = 10, seed = 1, runs = 1 }: TrainRelationsOptions = {},
  prune = 0,
): LinearModelJson {
  const sums = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    const { weights } = trainRelations(examples, { epochs, seed: seed + r }).toJSON();
    for (const [f, w] of Object.entries(weights)) {
      const sum = sums.get(f) ?? sums.set(f, new Array<number>(RELATION_LABELS.length).fill(0)).get(f)!;
      w.forEach((x, k) => (sum[k]! += x));
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...sums.keys()].sort()) {
    const mean = sums.get(f)!.map((x) => Math.round((x / runs) * 1e4) / 1e4);
    if (mean.some((x) => Math.abs(x) > prune)) weights[f] = mean.map((x) => (Math.abs(x) > prune ? x : 0));
  }
  return { labels: RELATION_LABELS, weights };
}
