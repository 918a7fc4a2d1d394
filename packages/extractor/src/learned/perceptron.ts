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

/**
 * A stored model, ready for fast scoring: the inference-only counterpart of AveragedPerceptron. All weights sit in
 * one Float64Array and the Map gives each feature's offset, so scoring is a Map lookup and a tight add loop.
 */
export class LinearModel {
  readonly labels: string[];
  private readonly offsets = new Map<string, number>();
  private readonly data: Float64Array;

  constructor({ labels, weights }: LinearModelJson) {
    this.labels = labels;
    const n = labels.length;
    const entries = Object.entries(weights);
    this.data = new Float64Array(entries.length * n);
    entries.forEach(([f, w], i) => {
      this.offsets.set(f, i * n);
      for (let k = 0; k < n; k++) this.data[i * n + k] = w[k] ?? 0;
    });
  }

  get size(): number {
    return this.offsets.size;
  }

  scores(features: readonly string[]): Float64Array {
    const n = this.labels.length;
    const out = new Float64Array(n);
    const data = this.data;
    for (let i = 0; i < features.length; i++) {
      const o = this.offsets.get(features[i]!);
      if (o === undefined) continue;
      for (let k = 0; k < n; k++) out[k]! += data[o + k]!;
    }
    return out;
  }

  /** The weight of one feature for one label (0 when absent): explanations list the largest contributions. */
  weight(feature: string, label: number): number {
    const o = this.offsets.get(feature);
    return o === undefined ? 0 : this.data[o + label]!;
  }
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
