import { BIO_LABELS } from './bio';
import type { Calibration } from './calibration';
import { loadLinearModel, loadModelFile } from './load-model';
import type { LinearModel } from './perceptron';

/** Labels of the relation classifier: no relation, then the CoNLL04 relations (conll-map.ts). */
export const RELATION_LABELS = ['none', 'Kill', 'Live_In', 'Located_In', 'OrgBased_In', 'Work_For'];

/** File names (without .json) in `models/`. */
export const TAGGER_MODEL = 'mention-tagger';
export const RELATION_MODEL = 'relation-classifier';

/** The relation classifier with its decision threshold and its score → probability calibration. */
export interface RelationModel {
  model: LinearModel;
  /** A pair is related when its relation score beats the no-relation score by more than this. */
  threshold: number;
  calibration: Calibration;
  /** Calibrated precision a learned fact needs (train.ts `--min-precision`); 0 when absent. */
  minConfidence?: number;
}

/** The models the learned layer runs with; absent ones switch their part off. */
export interface LearnedModels {
  tagger?: LinearModel;
  relations?: RelationModel;
}

let current: LearnedModels | null = null;

/** The learned models, loaded from `models/` on first use. */
export function learnedModels(): LearnedModels {
  current ??= load();
  return current;
}

/** Replaces the models (training and tests run with their own, or none); `null` goes back to the stored files. */
export function useLearnedModels(models: LearnedModels | null): void {
  current = models;
}

function load(): LearnedModels {
  const out: LearnedModels = {};
  const tagger = loadLinearModel(TAGGER_MODEL, BIO_LABELS);
  if (tagger) out.tagger = tagger;
  const model = loadLinearModel(RELATION_MODEL, RELATION_LABELS);
  const extra = loadModelFile<{ threshold: number; calibration: Calibration; minConfidence?: number }>(RELATION_MODEL);
  if (model && extra)
    out.relations = { model, threshold: extra.threshold, calibration: extra.calibration, minConfidence: extra.minConfidence ?? 0 };
  return out;
}
