/**
 * Where feature extractors write their features. A feature's name is the concatenation of the parts passed to
 * `add` (after the sink's prefix): StringSink builds the names (training, tests, explanations), HashSink computes
 * the FNV-1a hash of the same names without building them (inference), so one feature definition serves both and
 * a stored model, keyed by name, is read through hashes of the names (LinearModel).
 */
export interface FeatureSink {
  /** Prefix of every following feature's name (the relation classifier's pair kind), '' for none. */
  setPrefix(prefix: string): void;
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void;
  /** The feature named `a + parts.join(sep)`. */
  addJoined(a: string, parts: readonly string[], sep: string): void;
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

  /** The features written since the last call, and a fresh list for the next ones. */
  take(): string[] {
    const out = this.features;
    this.features = [];
    return out;
  }
}

export class HashSink implements FeatureSink {
  keys = new Int32Array(256);
  length = 0;
  private start = FNV_OFFSET;

  setPrefix(prefix: string): void {
    this.start = fnvMore(FNV_OFFSET, prefix);
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): void {
    let h = fnvMore(this.start, a);
    if (b !== undefined) h = fnvMore(h, b);
    if (c !== undefined) h = fnvMore(h, c);
    if (d !== undefined) h = fnvMore(h, d);
    if (e !== undefined) h = fnvMore(h, e);
    if (f !== undefined) h = fnvMore(h, f);
    if (g !== undefined) h = fnvMore(h, g);
    this.push(h);
  }

  addJoined(a: string, parts: readonly string[], sep: string): void {
    let h = fnvMore(this.start, a);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) h = fnvMore(h, sep);
      h = fnvMore(h, parts[i]!);
    }
    this.push(h);
  }

  clear(): void {
    this.length = 0;
  }

  private push(h: number): void {
    if (this.length === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = h | 0;
  }
}
