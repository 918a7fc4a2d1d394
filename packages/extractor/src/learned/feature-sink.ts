import type { LinearModel } from './perceptron';

/**
 * Where feature extractors write their features. A feature's name is the concatenation of the parts passed to
 * `add` (after the sink's prefix): StringSink builds the names (training, tests, explanations), ScoreSink computes
 * the FNV-1a hash of the same names without building them and adds their weights (inference), so one feature
 * definition serves both and a stored model, keyed by name, is read through hashes of the names (LinearModel).
 */
export interface FeatureSink {
  /** Prefix of every following feature's name (the relation classifier's pair kind), '' for none. */
  setPrefix(prefix: string): void;
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void;
  /** The feature named `a + parts.join(sep)`. */
  addJoined(a: string, parts: readonly string[], sep: string): void;
  /**
   * The feature named `a + b`, where `b` is read from document token `k`: within one window of ScoreSink (one
   * sentence) the same token, prefix and `a` must always give the same `b`, since a scoring sink may remember the
   * weights per token instead of hashing the name again.
   */
  addToken(a: string, b: string, k: number): void;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash over the UTF-16 code units of `s`. */
export function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of the feature named by the concatenated parts (as featureHash of the concatenation, built by none). */
export function hashParts(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): number {
  let h = fnvMore(FNV_OFFSET, a);
  if (b !== undefined) h = fnvMore(h, b);
  if (c !== undefined) h = fnvMore(h, c);
  if (d !== undefined) h = fnvMore(h, d);
  if (e !== undefined) h = fnvMore(h, e);
  if (f !== undefined) h = fnvMore(h, f);
  return h | 0;
}

/** The 32-bit FNV-1a hash of a feature name (as a signed int, like the keys of an Int32Array). */
export function featureHash(name: string): number {
  return fnvMore(FNV_OFFSET, name) | 0;
}

export class StringSink implements FeatureSink {
  features: string[] = [];
  private prefix = '';

  setPrefix(prefix: string): void {
    this.prefix = prefix;
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void {
    let s = this.prefix + a;
    if (b !== undefined) s += b;
    if (c !== undefined) s += c;
    if (d !== undefined) s += d;
    if (e !== undefined) s += e;
    if (f !== undefined) s += f;
    if (g !== undefined) s += g;
    this.features.push(s);
  }

  addJoined(a: string, parts: readonly string[], sep: string): void {
    this.features.push(this.prefix + a + parts.join(sep));
  }

  addToken(a: string, b: string): void {
    this.add(a, b);
  }

  /** The features written since the last call, and a fresh list for the next ones. */
  take(): string[] {
    const out = this.features;
    this.features = [];
    return out;
  }
}

const UNKNOWN_ROW = -2;
/** Token slots per window of ScoreSink's per-token cache (sentences hold at most MAX_SENTENCE_TOKENS = 150). */
const WINDOW = 256;
/** Token templates ScoreSink remembers weights for (more are hashed every time). */
const TEMPLATES = 16;

/**
 * Scores features as they are written (inference): each feature's weights are added to `scores` in the order the
 * features come, as LinearModel.scores adds those of the named features, so the scores are the same. Features
 * read from a token (addToken) are looked up once per token, prefix and template within a window of tokens
 * (`window(first)`: a sentence), since the pairs of a sentence read the same words between them again and again.
 */
export class ScoreSink implements FeatureSink {
  readonly scores: Float64Array;
  private start = FNV_OFFSET;
  private prefixId = 0;
  private readonly prefixIds = new Map<string, number>();
  private readonly starts: number[] = [];
  /** Names of the token templates seen, by id (in order of first use). */
  private readonly templates: string[] = [];
  private first = 0;
  private stamp = 1;
  private rows = new Int32Array(0);
  private stamps = new Int32Array(0);

  constructor(private readonly model: LinearModel) {
    this.scores = new Float64Array(model.labels.length);
  }

  /** Starts scoring one example. */
  clear(): void {
    this.scores.fill(0);
  }

  /** Starts a window of tokens [first, first + 256): token weights remembered before are forgotten. */
  window(first: number): void {
    this.first = first;
    this.stamp++;
  }

  setPrefix(prefix: string): void {
    let id = this.prefixIds.get(prefix);
    if (id === undefined) {
      id = this.prefixIds.size;
      this.prefixIds.set(prefix, id);
      this.starts.push(fnvMore(FNV_OFFSET, prefix));
    }
    this.prefixId = id;
    this.start = this.starts[id]!;
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void {
    let h = fnvMore(this.start, a);
    if (b !== undefined) h = fnvMore(h, b);
    if (c !== undefined) h = fnvMore(h, c);
    if (d !== undefined) h = fnvMore(h, d);
    if (e !== undefined) h = fnvMore(h, e);
    if (f !== undefined) h = fnvMore(h, f);
    if (g !== undefined) h = fnvMore(h, g);
    this.model.addAt(this.model.rowOf(h | 0), this.scores);
  }

  addJoined(a: string, parts: readonly string[], sep: string): void {
    let h = fnvMore(this.start, a);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) h = fnvMore(h, sep);
      h = fnvMore(h, parts[i]!);
    }
    this.model.addAt(this.model.rowOf(h | 0), this.scores);
  }

  addToken(a: string, b: string, k: number): void {
    const slot = k - this.first;
    // A scan of the few template names (constants: compared by identity first) costs less than a Map look-up.
    const names = this.templates;
    let template = 0;
    while (template < names.length && names[template] !== a) template++;
    if (template === names.length) names.push(a);
    if (slot < 0 || slot >= WINDOW || template >= TEMPLATES) {
      this.add(a, b);
      return;
    }
    const i = ((this.prefixId * TEMPLATES + template) * WINDOW) | slot;
    if (i >= this.rows.length) {
      const size = Math.max(i + 1, this.rows.length * 2, TEMPLATES * WINDOW);
      const rows = new Int32Array(size).fill(UNKNOWN_ROW);
      rows.set(this.rows);
      const stamps = new Int32Array(size);
      stamps.set(this.stamps);
      this.rows = rows;
      this.stamps = stamps;
    }
    let row = this.stamps[i] === this.stamp ? this.rows[i]! : UNKNOWN_ROW;
    if (row === UNKNOWN_ROW) {
      row = this.model.rowOf(fnvMore(fnvMore(this.start, a), b) | 0);
      this.rows[i] = row;
      this.stamps[i] = this.stamp;
    }
    this.model.addAt(row, this.scores);
  }
}
