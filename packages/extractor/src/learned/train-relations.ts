import { RELATION_LABELS } from './models';
import { AveragedPerceptron, averageModels, type LinearModelJson } from './perceptron';
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

/** The mean (averageModels) of `runs` classifiers trained in the orders of seeds seed, seed + 1, ... */
export function trainRelationsAveraged(
  examples: readonly RelationExample[],
  { epochs = 10, seed = 1, runs = 1 }: TrainRelationsOptions = {},
  prune = 0,
): LinearModelJson {
  return averageModels(
    Array.from({ length: runs }, (_, r) => trainRelations(examples, { epochs, seed: seed + r }).toJSON()),
    prune,
  );
}
