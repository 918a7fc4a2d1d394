/** Score → probability, fitted on held-out scores: the measured precision of each score bucket, made monotone. */
export interface Calibration {
  /** Upper score bound of each bucket but the last, ascending. */
  edges: number[];
  /** Measured precision of each bucket (edges.length + 1 values), non-decreasing. */
  precision: number[];
}

/**
 * Fits a calibration from held-out (score, correct) points: equal-count buckets over the sorted scores, each
 * bucket's precision, then pool-adjacent-violators so a higher score never means a lower probability.
 * Precisions are smoothed towards 0.5 by one pseudo-count each way, so a small bucket never claims 0 or 1.
 */
export function fitCalibration(points: ReadonlyArray<{ score: number; correct: boolean }>, buckets = 8): Calibration {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  if (sorted.length === 0) return { edges: [], precision: [0.5] };
  const size = Math.max(1, Math.ceil(sorted.length / buckets));
  const groups: Array<{ hi: number; right: number; n: number }> = [];
  for (let k = 0; k < sorted.length; k += size) {
    const part = sorted.slice(k, k + size);
    groups.push({ hi: part[part.length - 1]!.score, right: part.filter((p) => p.correct).length, n: part.length });
  }
  // Pool adjacent violators: merge neighbours until precision is non-decreasing.
  const pooled: Array<{ hi: number; right: number; n: number }> = [];
  for (const g of groups) {
    pooled.push({ ...g });
    while (pooled.length > 1) {
      const b = pooled[pooled.length - 1]!;
      const a = pooled[pooled.length - 2]!;
      if ((a.right + 1) / (a.n + 2) <= (b.right + 1) / (b.n + 2)) break;
      pooled.splice(pooled.length - 2, 2, { hi: b.hi, right: a.right + b.right, n: a.n + b.n });
    }
  }
  return {
    edges: pooled.slice(0, -1).map((g) => round(g.hi)),
    precision: pooled.map((g) => round((g.right + 1) / (g.n + 2))),
  };
}

/** The calibrated probability of a score. */
export function calibrate({ edges, precision }: Calibration, score: number): number {
  let k = 0;
  while (k < edges.length && score > edges[k]!) k++;
  return precision[k]!;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
