/**
 * Trains the learned layer on CoNLL04 train.json only and writes packages/extractor/models/*.json.
 * Deterministic: fixed seed, fixed fold assignment (sentence index mod folds), sorted weights.
 * The files are written formatted by prettier (the repository's format check covers them).
 * usage: npx tsx packages/extractor/scripts/train.ts [--tagger-epochs N] [--tagger-runs N] [--relation-epochs N] [--relation-runs N] [--folds K] [--prune W]
 *   [--min-precision P]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fitCalibration } from '../src/learned/calibration';
import { MODELS_DIR } from '../src/learned/load-model';
import { RELATION_MODEL, TAGGER_MODEL, useLearnedModels } from '../src/learned/models';
import { averageModels, LinearModel, type LinearModelJson } from '../src/learned/perceptron';
import { trainRelationsAveraged, type RelationExample } from '../src/learned/train-relations';
import { trainTagger } from '../src/learned/train-tagger';
import { prepare, readConll, type PreparedSentence } from './train-data';
import { relationExamples } from './train-relation-data';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const options = {
  taggerEpochs: arg('--tagger-epochs', 8),
  taggerRuns: arg('--tagger-runs', 3),
  relationEpochs: arg('--relation-epochs', 10),
  relationRuns: arg('--relation-runs', 5),
  folds: arg('--folds', 5),
  prune: arg('--prune', 0.05),
  seed: arg('--seed', 1),
  // A floor on the calibrated precision a learned fact needs at run time, on top of the threshold (README "Modes").
  // 0: the threshold alone decides, every calibration bucket above it measured >= 0.33 precision on held-out train.
  minPrecision: arg('--min-precision', 0),
};
const trainFile = path.resolve(__dirname, '../../../../shared/benchmarks/conll04/train.json');
const started = Date.now();
const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1) + 's';

const sentences = readConll(trainFile).map(prepare);
const fold = (k: number): { train: PreparedSentence[]; held: PreparedSentence[] } => ({
  train: sentences.filter((_, i) => i % options.folds !== k),
  held: sentences.filter((_, i) => i % options.folds === k),
});
// A tagger is the mean of --tagger-runs perceptrons trained in different seeded orders (averageModels).
const tagJson = (part: PreparedSentence[]): LinearModelJson =>
  averageModels(
    Array.from({ length: options.taggerRuns }, (_, r) =>
      trainTagger(
        part.flatMap((s) => s.examples),
        { epochs: options.taggerEpochs, seed: options.seed + r },
      ).toJSON(),
    ),
    options.prune,
  );
const tag = (part: PreparedSentence[]): LinearModel => new LinearModel(tagJson(part));

// Relation examples come from mentions a tagger found without having seen the sentence (jackknifing), so the
// classifier learns from mentions as imperfect as the ones it will get at run time.
const examplesBySentence: RelationExample[][] = new Array<RelationExample[]>(sentences.length);
for (let k = 0; k < options.folds; k++) {
  useLearnedModels({ tagger: tag(fold(k).train) });
  sentences.forEach((s, i) => {
    if (i % options.folds === k) examplesBySentence[i] = relationExamples(s);
  });
  console.log(`tagger fold ${k + 1}/${options.folds} done (${seconds()})`);
}
const taggerJson = tagJson(sentences);

const relationOptions = { epochs: options.relationEpochs, seed: options.seed, runs: options.relationRuns };
// Held-out relation scores on train give the decision threshold (best F1) and the score → precision calibration.
const heldOut: Array<{ score: number; correct: boolean }> = [];
let goldTotal = 0;
for (const s of sentences) goldTotal += s.conll.relations.length;
for (let k = 0; k < options.folds; k++) {
  const train = examplesBySentence.filter((_, i) => i % options.folds !== k).flat();
  const model = new LinearModel(trainRelationsAveraged(train, relationOptions, options.prune));
  for (const ex of examplesBySentence.filter((_, i) => i % options.folds === k).flat()) {
    const s = model.scores(ex.features);
    heldOut.push({ score: s[model.labels.indexOf(ex.relation)]! - s[0]!, correct: ex.holds });
  }
}
const threshold = bestThreshold(heldOut, goldTotal);
const calibration = fitCalibration(
  heldOut.filter((p) => p.score > threshold.value),
  8,
);
const relationJson = trainRelationsAveraged(examplesBySentence.flat(), relationOptions, options.prune);

mkdirSync(MODELS_DIR, { recursive: true });
const meta = { trainedOn: 'CoNLL04 train.json (922 sentences)', options };
const relationMeta = { threshold: threshold.value, heldOutF1: threshold.f1, minConfidence: options.minPrecision, calibration };
console.log(`threshold ${threshold.value} (held-out train F1 ${threshold.f1}), calibration ${JSON.stringify(calibration)}`);
void Promise.all([
  write(TAGGER_MODEL, { ...meta, ...taggerJson }),
  write(RELATION_MODEL, { ...meta, ...relationMeta, ...relationJson }),
]).then(() => console.log(`done in ${seconds()}`));

async function write(name: string, json: object): Promise<void> {
  const file = path.join(MODELS_DIR, name + '.json');
  const text = await format(JSON.stringify(json), { ...(await resolveConfig(file)), filepath: file });
  writeFileSync(file, text);
  console.log(`${path.relative(process.cwd(), file)}: ${(text.length / 1024).toFixed(0)} KiB`);
}

// The margin above which pairs are called related that maximises F1 over the held-out pairs (gold relations the
// mentions never reached count as misses).
function bestThreshold(points: Array<{ score: number; correct: boolean }>, gold: number): { value: number; f1: number } {
  const sorted = [...points].sort((a, b) => b.score - a.score);
  let tp = 0;
  let best = { value: 0, f1: 0 };
  sorted.forEach((p, i) => {
    if (p.correct) tp++;
    const f1 = (2 * tp) / (i + 1 + gold);
    const next = sorted[i + 1];
    if (f1 > best.f1 && (!next || next.score < p.score))
      best = { value: Math.round(((p.score + (next?.score ?? p.score - 1)) / 2) * 1e4) / 1e4, f1: Math.round(f1 * 1e4) / 1e4 };
  });
  return best;
}
