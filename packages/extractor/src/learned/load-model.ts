import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LinearModel, type LinearModelJson } from './perceptron';

/** Where trained models live: `packages/extractor/models`, the same relative path from `src/learned` and `dist/learned`. */
export const MODELS_DIR = path.resolve(__dirname, '../../models');

const cache = new Map<string, unknown>();

/** Reads and caches `models/<name>.json`; undefined when the file is absent (the learned layer then stays off). */
export function loadModelFile<T>(name: string): T | undefined {
  if (cache.has(name)) return cache.get(name) as T | undefined;
  const file = path.join(MODELS_DIR, name + '.json');
  const value = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
  cache.set(name, value);
  return value;
}

/** A stored linear model with the expected labels, or undefined when absent or trained for other labels. */
export function loadLinearModel(name: string, labels: readonly string[]): LinearModel | undefined {
  const json = loadModelFile<LinearModelJson & Record<string, unknown>>(name);
  if (!json || json.labels.join('\u0000') !== labels.join('\u0000')) return undefined;
  return new LinearModel(json);
}
