import { featureHash } from './feature-sink';

/** A trained linear model as it is stored in `models/*.json`: one weight vector (one entry per label) per feature. */
export interface LinearModelJson {
  labels: string[];
  /** Feature → weights per label; features whose weights were all pruned are absent. */
  weights: Record<string, number[]>;
}

/**
 * Multiclass averaged perceptron (Collins 2002): weights are averaged over every update step, which makes the
 * model as accurate as an SVM-like margin method on sparse features while staying a pure sum of Map lookups at
 * inference. Training is deterministic: no randomness here, the caller fixes the example order.
 */
export class AveragedPerceptron {
  readonly labels: string[];
  private readonly weights = new Map<string, Float64Array>();
  // Running totals for averaging (Daumé's trick: accumulate step * update, subtract at the end).
  private readonly totals = new Map<string, Float64Array>();
  private steps = 1;

  constructor(labels: string[]) {
    this.labels = labels;
  }

  /** Scores of every label for a feature list (repeated features count again). */
  scores(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.labels.length);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < out.length; k++) out[k]! += w[k]!;
    }
    return out;
  }

  /** Index of the best-scoring label among `allowed` (all labels when omitted); ties go to the lower index. */
  predict(features: readonly string[], allowed?: readonly number[]): number {
    return argmax(this.scores(features), allowed);
  }

  /** One perceptron step: when `guess` is wrong, move the gold label's weights up and the guess's down. */
  update(features: readonly string[], gold: number, guess: number): void {
    this.steps++;
    if (gold === guess) return;
    for (const f of features) {
      const w = this.vector(this.weights, f);
      const t = this.vector(this.totals, f);
      w[gold]! += 1;
      w[guess]! -= 1;
      t[gold]! += this.steps;
      t[guess]! -= this.steps;
    }
  }

  /** The averaged weights, with weights below `prune` in absolute value dropped, rounded to 4 decimals. */
  toJSON(prune = 0): LinearModelJson {
    const weights: Record<string, number[]> = {};
    const keys = [...this.weights.keys()].sort();
    for (const f of keys) {
      const w = this.weights.get(f)!;
      const t = this.totals.get(f)!;
      let keep = false;
      const avg = Array.from(w, (x, k) => {
        const v = Math.round((x - t[k]! / this.steps) * 1e4) / 1e4;
        if (Math.abs(v) > prune) keep = true;
        return Math.abs(v) > prune ? v : 0;
      });
      if (keep) weights[f] = avg;
    }
    return { labels: this.labels, weights };
  }

  private vector(map: Map<string, Float64Array>, f: string): Float64Array {
    let v = map.get(f);
    if (!v) {
      v = new Float64Array(this.labels.length);
      map.set(f, v);
    }
    return v;
  }
}

/** Slots of LinearModel's cache of recent look-ups (a power of two). */
const RECENT = 4096;
const NOT_CACHED = -2;

/**
 * A stored model, ready for fast scoring: the inference-only counterpart of AveragedPerceptron. Features are found
 * by the FNV-1a hash of their names (feature-sink.ts) in an open-addressing table, so the tagger and the relation
 * classifier score hashes computed without building a single string; all weights sit in one Float32Array. Two
 * names with the same 32-bit hash share their weights (summed), which is rare and harmless at these sizes.
 */
export class LinearModel {
  readonly labels: string[];
  /** The names of the stored features (scorers read which words a template ever pairs, tagger-scorer.ts). */
  readonly names: readonly string[];
  /** Open-addressing table: slot i holds a feature hash at 2i and its row number + 1 at 2i + 1 (0: empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly data: Float32Array;
  private readonly count: number;
  private readonly recentKeys = new Int32Array(RECENT);
  private readonly recentRows = new Int32Array(RECENT).fill(NOT_CACHED);

  constructor({ labels, weights }: LinearModelJson) {
    this.labels = labels;
    const n = labels.length;
    const entries = Object.entries(weights);
    this.names = entries.map(([f]) => f);
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    const data = new Float64Array(entries.length * n);
    let used = 0;
    for (const [f, w] of entries) {
      const key = featureHash(f);
      const slot = this.slot(key);
      if (this.table[2 * slot + 1] === 0) {
        this.table[2 * slot] = key;
        this.table[2 * slot + 1] = ++used;
      }
      const o = (this.table[2 * slot + 1]! - 1) * n;
      for (let k = 0; k < n; k++) data[o + k]! += w[k] ?? 0;
    }
    this.data = Float32Array.from(data.subarray(0, used * n));
    this.count = used;
  }

  get size(): number {
    return this.count;
  }

  /** Scores of every label for features given by name. */
  scores(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.labels.length);
    for (const f of features) this.addRow(featureHash(f), out);
    return out;
  }

  /** The weight of one feature for one label (0 when absent): explanations list the largest contributions. */
  weight(feature: string, label: number): number {
    const row = this.table[2 * this.slot(featureHash(feature)) + 1]!;
    return row === 0 ? 0 : this.data[(row - 1) * this.labels.length + label]!;
  }

  /**
   * Where the weights of the feature with hash `key` start in the weight array, or -1 when the model lacks it.
   * A small direct-mapped cache (RECENT slots, 32 KB) answers the frequent features: the table itself is large
   * enough that most look-ups in it miss the processor's caches.
   */
  rowOf(key: number): number {
    const r = key & (RECENT - 1);
    if (this.recentKeys[r] === key) {
      const row = this.recentRows[r]!;
      if (row !== NOT_CACHED) return row;
    }
    const found = this.table[2 * this.slot(key) + 1]!;
    const row = found === 0 ? -1 : (found - 1) * this.labels.length;
    this.recentKeys[r] = key;
    this.recentRows[r] = row;
    return row;
  }

  /** Adds the weights starting at `offset` (from rowOf; nothing when negative) to out[at .. at + labels). */
  addAt(offset: number, out: Float64Array, at = 0): void {
    if (offset < 0) return;
    const n = this.labels.length;
    const data = this.data;
    for (let k = 0; k < n; k++) out[at + k]! += data[offset + k]!;
  }

  /** Adds the weights of the feature with hash `key` (if known) to out[at .. at + labels). */
  addRow(key: number, out: Float64Array, at = 0): void {
    const o = this.rowOf(key);
    if (o < 0) return;
    const n = this.labels.length;
    const data = this.data;
    for (let k = 0; k < n; k++) out[at + k]! += data[o + k]!;
  }

  /** The table slot of a key: its own, or the empty one where it would go (linear probing). */
  private slot(key: number): number {
    const table = this.table;
    let i = (key ^ (key >>> 15)) & this.mask;
    while (table[2 * i + 1] !== 0 && table[2 * i] !== key) i = (i + 1) & this.mask;
    return i;
  }
}

/**
 * The mean of models over the same labels, as trained from different seeded example orders: a feature missing from
 * one counts as zeros there; weights below `prune` in absolute value dropped, rounded to 4 decimals. One perceptron's
 * decisions move with the order it saw the examples in; the mean of several moves less.
 */
export function averageModels(models: readonly LinearModelJson[], prune = 0): LinearModelJson {
  const labels = models[0]!.labels;
  const sums = new Map<string, number[]>();
  for (const { weights } of models) {
    for (const [f, w] of Object.entries(weights)) {
      let sum = sums.get(f);
      if (!sum) sums.set(f, (sum = new Array<number>(labels.length).fill(0)));
      for (let k = 0; k < w.length; k++) sum[k]! += w[k]!;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...sums.keys()].sort()) {
    const mean = sums.get(f)!.map((x) => Math.round((x / models.length) * 1e4) / 1e4);
    if (mean.some((x) => Math.abs(x) > prune)) weights[f] = mean.map((x) => (Math.abs(x) > prune ? x : 0));
  }
  return { labels, weights };
}

/** Index of the largest score among `allowed` (every index when omitted); ties go to the first. */
export function argmax(scores: ArrayLike<number>, allowed?: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  if (allowed) {
    for (const k of allowed) {
      if (scores[k]! > bestScore) {
        best = k;
        bestScore = scores[k]!;
      }
    }
    return best;
  }
  for (let k = 0; k < scores.length; k++) {
    if (scores[k]! > bestScore) {
      best = k;
      bestScore = scores[k]!;
    }
  }
  return best;
}
