import { allowedAfterCached, BIO_LABELS } from './bio';
import { AveragedPerceptron } from './perceptron';
import { seededRandom, seededShuffle } from './seeded-shuffle';
import { historyFeatures, mustScore } from './tag-sequence';

/** One training sentence for the mention tagger: static token features, lowercased words, gold BIO labels. */
export interface TaggerExample {
  features: string[][];
  /** Token surfaces (the skip rule reads their case) and lowercased words. */
  values: string[];
  words: string[];
  labels: string[];
}

export interface TrainTaggerOptions {
  epochs?: number;
  seed?: number;
}

/**
 * Trains the greedy BIO tagger: each epoch visits the sentences in a seeded order, decodes left to right with the
 * model's own previous labels (as at inference) and updates on every wrong token.
 */
export function trainTagger(examples: readonly TaggerExample[], { epochs = 10, seed = 1 }: TrainTaggerOptions = {}): AveragedPerceptron {
  const model = new AveragedPerceptron(BIO_LABELS);
  const index = new Map(BIO_LABELS.map((l, k) => [l, k]));
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of seededShuffle(examples, random)) {
      let prev = '<s>';
      let prev2 = '<s>';
      for (let k = 0; k < ex.features.length; k++) {
        if (!mustScore(ex.values[k]!, prev)) {
          prev2 = prev;
          prev = 'O';
          continue;
        }
        const f = ex.features[k]!.concat(historyFeatures(prev, prev2, ex.words[k]!));
        const guess = model.predict(f, allowedAfterCached(prev));
        const gold = index.get(ex.labels[k]!) ?? 0;
        model.update(f, gold, guess);
        prev2 = prev;
        prev = BIO_LABELS[guess]!;
      }
    }
  }
  return model;
}
