import type { Mention } from '../mention';
import { BIO_LABELS } from './bio';
import type { Token } from '../tokenize';
import { featureHash, hashParts } from './feature-sink';
import type { LinearModel } from './perceptron';
import { at, RUN_LENGTHS, viewSentence, wordAt } from './token-features';
import type { WordInfo } from './word-info';

// What a word contributes, by where it stands relative to the scored token: its own single-word features, and
// those it gives as a neighbour or as part of a capitalised run. Each is one summed weight vector per word.
const SELF = 0;
const PREV = 1;
const NEXT = 2;
const PREV2 = 3;
const NEXT2 = 4;
const RUN_LAST = 5;
const RUN_FIRST = 6;
const RUN_BEFORE = 7;
const RUN_AFTER = 8;
const RUN_BEFORE2 = 9;
const RUN_AFTER2 = 10;
const PLACES = 11;

// Word flags for the templates that pair a word with another word or a label: a pair feature can only be in the model
// when both its words carry the flag of their side.
const PREV_OF_PAIR = 1; // a in w-1w=a|b
const CUR_OF_PREV_PAIR = 2; // b in w-1w=a|b
const CUR_OF_NEXT_PAIR = 4; // a in ww+1=a|b
const NEXT_OF_PAIR = 8; // b in ww+1=a|b
const AFTER_LABEL = 16; // w in t-1w=<label>|w
const PAIR_TEMPLATES: Record<string, [number, number]> = {
  'w-1w=': [PREV_OF_PAIR, CUR_OF_PREV_PAIR],
  'ww+1=': [CUR_OF_NEXT_PAIR, NEXT_OF_PAIR],
  't-1w=': [0, AFTER_LABEL],
};

/** Label ids of the scorer: BIO_LABELS indexes, then START for "before the sentence" ('<s>'). */
export const START = BIO_LABELS.length;
const LABEL_NAMES = [...BIO_LABELS, '<s>'];
const LABEL_IDS = 16; // > START, a power of two

/** Words whose vectors a scorer keeps at most (ARENA_WORDS × 11 places × 9 labels × 4 bytes ≈ 20 MB). */
const ARENA_WORDS = 50_000;
let scorerKeys = 0;

// Small value tables (POS tags, rule readings, multi-token place marks), each with its own ids so that two or three
// of them combine into one small integer key. A value past a table's size has no id (-1) and is hashed instead.
const POS_BITS = 6;
const RULE_BITS = 10;
const MULTI_BITS = 3;
const SHAPE_BITS = 10; // MAX_SHAPES (word-info.ts) is 1 << SHAPE_BITS

class Ids {
  private readonly ids = new Map<string, number>();
  constructor(private readonly size: number) {}

  of(value: string): number {
    let id = this.ids.get(value);
    if (id !== undefined) return id;
    if (this.ids.size >= this.size) return -1;
    id = this.ids.size;
    this.ids.set(value, id);
    return id;
  }
}

const UNKNOWN = -2;

/**
 * Where a feature's weights start in the model (LinearModel.rowOf), cached per small integer key: in an array
 * when the keys are few (`size`), else in a map.
 */
class Rows {
  private readonly dense: Int32Array | undefined;
  private readonly rows = new Map<number, number>();
  constructor(
    private readonly model: LinearModel,
    size = 0,
  ) {
    this.dense = size > 0 ? new Int32Array(size).fill(UNKNOWN) : undefined;
  }

  /** The cached row of `key`, or undefined when not cached yet (then call put with the feature's hash). */
  get(key: number): number | undefined {
    if (this.dense) {
      const row = this.dense[key]!;
      return row === UNKNOWN ? undefined : row;
    }
    return this.rows.get(key);
  }

  put(key: number, hash: number): number {
    const row = this.model.rowOf(hash);
    if (this.dense) this.dense[key] = row;
    else {
      if (this.rows.size >= 200_000) this.rows.clear();
      this.rows.set(key, row);
    }
    return row;
  }
}

/** Ids of one sentence's per-token values, padded by two on each side ('<s>' before, '</s>' after). */
interface SentenceIds {
  pos: Int32Array;
  rule: Int32Array;
  multi: Int32Array;
}

/**
 * The tagger's scores computed from cached weight vectors: the same numbers as LinearModel.scores over the names
 * featuresOfSentence and writeHistory write (the test in tagger-scorer.test.ts holds them equal), at a fraction of
 * the cost. Every single-word feature is folded into per-word vectors cached on the word (word-info.ts); features
 * of low-cardinality values (POS, rule readings, multi-token place marks, shapes, previous labels) and their
 * combinations find their weights through small integer ids (one table look-up per key, cached); only the features
 * that pair two words are hashed per token, and only when both words can be in such a pair.
 */
export class TaggerScorer {
  private readonly n: number;
  /** Which words each word-pair template of the model ever names, by flag (PREV_OF_PAIR, ...). */
  private readonly pairWords = new Map<string, number>();
  private readonly posIds = new Ids(1 << POS_BITS);
  private readonly ruleIds = new Ids(1 << RULE_BITS);
  private readonly multiIds = new Ids(1 << MULTI_BITS);
  private readonly bias: number;
  private readonly labelRows = new Int32Array(LABEL_IDS);
  private readonly historyRows = new Int32Array(LABEL_IDS * LABEL_IDS);
  private readonly rlenRows: Int32Array;
  /** Every word's weight vectors, side by side (vectors()); `key` marks the words whose vectors are in it. */
  // Float32, half the bytes the scoring reads per word (summed in float64 first, wordScratch): scores differ from
  // the named features' by a few 1e-6, outputs on CoNLL04 train and dev and the corpus are unchanged.
  private arena: Float32Array;
  private readonly wordScratch: Float64Array;
  private used = 0;
  private readonly scratch: Float64Array;
  // Per-sentence buffers, reused from one sentence to the next (a sentence's scorer is valid until the next call to
  // sentence()): a typed array over 64 bytes gets a backing store outside V8's heap, about a microsecond to allocate
  // and more to free, and eight of them per sentence were ~5% of a learned pass.
  private runSums = new Float64Array(0);
  private runDone = new Uint8Array(0);
  private readonly ids: SentenceIds = { pos: new Int32Array(0), rule: new Int32Array(0), multi: new Int32Array(0) };
  private key = ++scorerKeys;
  // One row cache per template: the single values and the combinations.
  private readonly rows: Record<'p' | 'p1' | 'p2' | 'r' | 'r1' | 'r2' | 'shsh' | 'ppp' | 'mg' | 'rsh' | 'sh2' | 'first', Rows>;

  constructor(private readonly model: LinearModel) {
    this.n = model.labels.length;
    this.arena = new Float32Array(1024 * PLACES * this.n);
    this.wordScratch = new Float64Array(PLACES * this.n);
    this.scratch = new Float64Array(this.n);
    const mark = (word: string, flag: number): void => {
      this.pairWords.set(word, (this.pairWords.get(word) ?? 0) | flag);
    };
    for (const name of model.names) {
      const eq = name.indexOf('=');
      const template = name.slice(0, eq + 1);
      const flags = PAIR_TEMPLATES[template];
      if (flags === undefined) continue;
      const value = name.slice(eq + 1);
      // Every '|' is a possible split (a word may hold a '|' of its own): each reading marks its two words.
      for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
        mark(value.slice(0, bar), flags[0]);
        mark(value.slice(bar + 1), flags[1]);
      }
    }
    this.bias = model.rowOf(featureHash('b'));
    this.labelRows.fill(-1);
    this.historyRows.fill(-1);
    for (let a = 0; a <= START; a++) {
      this.labelRows[a] = model.rowOf(featureHash('t-1=' + LABEL_NAMES[a]));
      for (let b = 0; b <= START; b++)
        this.historyRows[a * LABEL_IDS + b] = model.rowOf(hashParts('t-2t-1=', LABEL_NAMES[a]!, '|', LABEL_NAMES[b]!));
    }
    this.rlenRows = Int32Array.from({ length: RUN_LENGTHS.length * 3 }, (_, k) =>
      model.rowOf(hashParts('rlen=', RUN_LENGTHS[Math.floor(k / 3)]!, 'BEM'[k % 3]!)),
    );
    const rows = (size = 0): Rows => new Rows(model, size);
    const pos = 1 << POS_BITS;
    const rule = 1 << RULE_BITS;
    this.rows = {
      p: rows(pos),
      p1: rows(pos),
      p2: rows(pos),
      r: rows(rule),
      r1: rows(rule),
      r2: rows(rule),
      shsh: rows(),
      ppp: rows(),
      mg: rows(1 << (3 * MULTI_BITS)),
      rsh: rows(),
      sh2: rows(),
      first: rows(1 << SHAPE_BITS),
    };
  }

  /** The weights a capitalised run [a, b) gives each of its tokens (but its length), written to out[at ..]. */
  private runSum(info: readonly WordInfo[], a: number, b: number, out: Float64Array, at: number): void {
    const sum = this.scratch;
    sum.fill(0);
    this.addWord(sum, info[b - 1]!, RUN_LAST);
    this.addWord(sum, info[a]!, RUN_FIRST);
    this.addWord(sum, wordAt(info, a - 1), RUN_BEFORE);
    this.addWord(sum, wordAt(info, b), RUN_AFTER);
    this.addWord(sum, wordAt(info, a - 2), RUN_BEFORE2);
    this.addWord(sum, wordAt(info, b + 1), RUN_AFTER2);
    this.model.addRow(hashParts('rbl=', wordAt(info, a - 1).lower, '|', info[b - 1]!.lower), sum);
    out.set(sum, at);
  }

  /** Adds the word's weight vector for `place` (SELF, PREV, ...) to out. */
  private addWord(out: Float64Array, w: WordInfo, place: number): void {
    const at = this.vectors(w); // first: it may grow the arena
    add(out, this.arena, at + place * this.n, this.n);
  }

  /** The word's pair-template flags for this model (cached with its vectors). */
  private flags(w: WordInfo): number {
    this.vectors(w);
    return w.pairFlags;
  }

  /** Grows the per-sentence buffers to hold a sentence of `n` tokens. */
  private reserve(n: number): void {
    if (this.runDone.length >= n) return;
    const size = Math.max(n, 2 * this.runDone.length, 64);
    this.runSums = new Float64Array(size * this.n);
    this.runDone = new Uint8Array(size);
    this.ids.pos = new Int32Array(size + 4);
    this.ids.rule = new Int32Array(size + 4);
    this.ids.multi = new Int32Array(size + 4);
  }

  /** The ids of a sentence's values, padded by two on each side (in the reused buffers: reserve first). */
  private sentenceIds(pos: readonly string[], rule: readonly string[], multi: readonly string[]): SentenceIds {
    const n = pos.length;
    const ids = this.ids;
    const fill = (out: Int32Array, table: Ids, values: readonly string[]): void => {
      out[0] = out[1] = table.of('<s>');
      out[n + 2] = out[n + 3] = table.of('</s>');
      for (let k = 0; k < n; k++) out[k + 2] = table.of(values[k]!);
    };
    fill(ids.pos, this.posIds, pos);
    fill(ids.rule, this.ruleIds, rule);
    fill(ids.multi, this.multiIds, multi);
    return ids;
  }

  /**
   * A scorer for one sentence: (k, previous label id, the one before, out) → out, the label scores of token k.
   * Label ids are BIO_LABELS indexes, START before the sentence. Valid until the next call (buffers are reused).
   */
  sentence(
    tokens: Token[],
    first: number,
    last: number,
    mentions: readonly Mention[],
  ): (k: number, prev: number, prev2: number, out: Float64Array) => Float64Array {
    // The arena starts again (under a new key) between sentences only, so a sentence's offsets stay valid.
    if (this.used >= ARENA_WORDS * PLACES * this.n) {
      this.key = ++scorerKeys;
      this.used = 0;
    }
    const { info, pos, multi, runs, rule } = viewSentence(tokens, first, last, mentions);
    this.reserve(info.length);
    const ids = this.sentenceIds(pos, rule, multi);
    const n = this.n;
    const runSums = this.runSums;
    const runDone = this.runDone;
    runDone.fill(0, 0, info.length);
    const model = this.model;
    const rows = this.rows;
    // The weights of a single-value feature, cached by the value's id (hashed when it has none).
    const single = (cache: Rows, id: number, template: string, value: string): number => {
      if (id < 0) return model.rowOf(hashParts(template, value));
      return cache.get(id) ?? cache.put(id, hashParts(template, value));
    };
    return (k, prev, prev2, out) => {
      out.fill(0);
      const cur = info[k]!;
      const before = wordAt(info, k - 1);
      const after = wordAt(info, k + 1);
      const p = ids.pos[k + 2]!;
      const pb = ids.pos[k + 1]!;
      const pa = ids.pos[k + 3]!;
      const r = ids.rule[k + 2]!;
      model.addAt(this.bias, out);
      this.addWord(out, cur, SELF);
      this.addWord(out, before, PREV);
      this.addWord(out, after, NEXT);
      this.addWord(out, wordAt(info, k - 2), PREV2);
      this.addWord(out, wordAt(info, k + 2), NEXT2);
      model.addAt(single(rows.p, p, 'p=', pos[k]!), out);
      model.addAt(single(rows.p1, pb, 'p-1=', at(pos, k - 1)), out);
      model.addAt(single(rows.p2, pa, 'p+1=', at(pos, k + 1)), out);
      model.addAt(single(rows.r, r, 'r=', rule[k]!), out);
      model.addAt(single(rows.r1, ids.rule[k + 1]!, 'r-1=', at(rule, k - 1)), out);
      model.addAt(single(rows.r2, ids.rule[k + 3]!, 'r+1=', at(rule, k + 1)), out);
      model.addAt(this.labelRows[prev]!, out);
      model.addAt(this.historyRows[prev2 * LABEL_IDS + prev]!, out);
      // Most word pairs are not in the model: the words' flags skip the hashing and the look-up of those.
      const fb = this.flags(before);
      const fc = this.flags(cur);
      const fa = this.flags(after);
      if (fb & PREV_OF_PAIR && fc & CUR_OF_PREV_PAIR) model.addRow(hashParts('w-1w=', before.lower, '|', cur.lower), out);
      if (fc & CUR_OF_NEXT_PAIR && fa & NEXT_OF_PAIR) model.addRow(hashParts('ww+1=', cur.lower, '|', after.lower), out);
      const sb = before.shapeId;
      const sc = cur.shapeId;
      const sa = after.shapeId;
      if (sb < 0 || sc < 0 || sa < 0) model.addRow(hashParts('shsh=', before.shape, '|', cur.shape, '|', after.shape), out);
      else {
        const key = (((sb << SHAPE_BITS) | sc) << SHAPE_BITS) | sa;
        model.addAt(rows.shsh.get(key) ?? rows.shsh.put(key, hashParts('shsh=', before.shape, '|', cur.shape, '|', after.shape)), out);
      }
      if (pb < 0 || p < 0 || pa < 0) model.addRow(hashParts('ppp=', at(pos, k - 1), '|', pos[k]!, '|', at(pos, k + 1)), out);
      else {
        const key = (((pb << POS_BITS) | p) << POS_BITS) | pa;
        model.addAt(rows.ppp.get(key) ?? rows.ppp.put(key, hashParts('ppp=', at(pos, k - 1), '|', pos[k]!, '|', at(pos, k + 1))), out);
      }
      const m = ids.multi[k + 2]!;
      const mb = ids.multi[k + 1]!;
      const ma = ids.multi[k + 3]!;
      if (m < 0 || mb < 0 || ma < 0) model.addRow(hashParts('mg=', multi[k]!, '|', at(multi, k - 1), '|', at(multi, k + 1)), out);
      else {
        const key = (((m << MULTI_BITS) | mb) << MULTI_BITS) | ma;
        model.addAt(rows.mg.get(key) ?? rows.mg.put(key, hashParts('mg=', multi[k]!, '|', at(multi, k - 1), '|', at(multi, k + 1))), out);
      }
      if (r < 0 || sc < 0) model.addRow(hashParts('rsh=', rule[k]!, '|', cur.shape), out);
      else {
        const key = (r << SHAPE_BITS) | sc;
        model.addAt(rows.rsh.get(key) ?? rows.rsh.put(key, hashParts('rsh=', rule[k]!, '|', cur.shape)), out);
      }
      if (fc & AFTER_LABEL) model.addRow(hashParts('t-1w=', LABEL_NAMES[prev]!, '|', cur.lower), out);
      const run = runs[k];
      if (run) {
        // What the run's words give is the same for every token of the run: summed once per run.
        const [a, b] = run;
        if (runDone[a] !== 1) {
          this.runSum(info, a, b, runSums, a * n);
          runDone[a] = 1;
        }
        add(out, runSums, a * n, n);
        model.addAt(this.rlenRows[Math.min(b - a, 5) * 3 + (k === a ? 0 : k === b - 1 ? 1 : 2)]!, out);
      }
      const before2 = wordAt(info, k - 2);
      if (before2.shapeId < 0 || sb < 0) model.addRow(hashParts('sh-2=', before2.shape, '|', before.shape), out);
      else {
        const key = (before2.shapeId << SHAPE_BITS) | sb;
        model.addAt(rows.sh2.get(key) ?? rows.sh2.put(key, hashParts('sh-2=', before2.shape, '|', before.shape)), out);
      }
      if (k === 0) model.addAt(single(rows.first, sc, 'first|sh=', cur.shape), out);
      return out;
    };
  }

  /**
   * Where the word's weight vectors start in the arena (one vector per place: SELF, PREV, ...), computed once per
   * word and scorer. Past ARENA_WORDS words the arena starts again under a new key at the next sentence, so a long
   * run's memory stays bounded (words computed under an older key are computed again when next seen).
   */
  private vectors(w: WordInfo): number {
    // The slow path is a method of its own: a function that defines a closure allocates the closure's context on
    // every call, also on the cached path.
    return w.vecKey === this.key ? w.vecAt : this.computeVectors(w);
  }

  private computeVectors(w: WordInfo): number {
    const n = this.n;
    const size = PLACES * n;
    if (this.used + size > this.arena.length) {
      const grown = new Float32Array(this.arena.length * 2);
      grown.set(this.arena);
      this.arena = grown;
    }
    const at = this.used;
    this.used += size;
    const data = this.wordScratch;
    data.fill(0);
    const put = (place: number, name: string): void => this.model.addRow(featureHash(name), data, place * n);
    put(SELF, 'w=' + w.lower);
    put(SELF, 'sh=' + w.shape);
    put(SELF, 's3=' + w.s3);
    put(SELF, 'p3=' + w.p3);
    for (const g of w.gaz) {
      put(SELF, 'g=' + g);
      put(SELF, 'gsh=' + g + '|' + w.shape);
    }
    put(PREV, 'w-1=' + w.lower);
    put(PREV, 'sh-1=' + w.shape);
    put(PREV, 'g-1=' + w.gazJoined);
    put(NEXT, 'w+1=' + w.lower);
    put(NEXT, 'sh+1=' + w.shape);
    put(NEXT, 'g+1=' + w.gazJoined);
    put(PREV2, 'w-2=' + w.lower);
    put(NEXT2, 'w+2=' + w.lower);
    put(NEXT2, 'g+2=' + w.gazJoined);
    put(RUN_LAST, 'rl=' + w.lower);
    put(RUN_LAST, 'rlg=' + w.gazJoined);
    put(RUN_FIRST, 'rf=' + w.lower);
    put(RUN_BEFORE, 'rbefore=' + w.lower);
    put(RUN_AFTER, 'rafter=' + w.lower);
    put(RUN_BEFORE2, 'rbefore2=' + w.lower);
    put(RUN_AFTER2, 'rafter2=' + w.lower);
    this.arena.set(data, at);
    w.vecKey = this.key;
    w.vecAt = at;
    w.pairFlags = this.pairWords.get(w.lower) ?? 0;
    return at;
  }
}

function add(out: Float64Array, src: Float64Array | Float32Array, from: number, n: number): void {
  for (let k = 0; k < n; k++) out[k]! += src[from + k]!;
}

const scorers = new WeakMap<LinearModel, TaggerScorer>();

/** The (cached) scorer of a tagger model. */
export function taggerScorer(model: LinearModel): TaggerScorer {
  let s = scorers.get(model);
  if (!s) scorers.set(model, (s = new TaggerScorer(model)));
  return s;
}
