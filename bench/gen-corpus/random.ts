/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine and Node version. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /**
   * A rank in [1, n] drawn from a power law P(k) ∝ k^-s (Zipf), by inverting the continuous CDF:
   * a few ranks (the hubs) get most of the draws, the long tail is rarely seen, as with news entities.
   */
  zipf(n: number, s: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    zipf(n, s) {
      const u = next();
      const x = Math.abs(s - 1) < 1e-9 ? Math.pow(n + 1, u) : Math.pow((Math.pow(n + 1, 1 - s) - 1) * u + 1, 1 / (1 - s));
      return Math.min(n, Math.max(1, Math.floor(x)));
    },
  };
}
