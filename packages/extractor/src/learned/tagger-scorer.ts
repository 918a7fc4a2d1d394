import type { Mention } from '../mention';
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

/**
 * The tagger's scores computed from cached weight vectors: the same numbers as LinearModel.scores over the names
 * featuresOfSentence and writeHistory write (the test in tagger-scorer.test.ts holds them equal), at a fraction of
 * the cost. Every single-word feature is folded into per-word vectors cached on the word (word-info.ts), features
 * of low-cardinality values (POS, rule readings, previous labels) into vectors cached per value, and only the
 * features that pair two words are hashed and looked up per token.
 */
export class TaggerScorer {
  private readonly n: number;
  private readonly byValue = new Map<string, Map<string, Float64Array>>();
  /** Which words each word-pair template of the model ever names, by flag (PREV_OF_PAIR, ...). */
  private readonly pairWords = new Map<string, number>();

  constructor(private readonly model: LinearModel) {
    this.n = model.labels.length;
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
  }

  /** The word's pair-template flags for this model (cached with its vectors). */
  private flags(w: WordInfo): number {
    this.vectors(w);
    return w.vectors!.flags;
  }

  /** A scorer for one sentence: (k, previous label, the one before, out) → out, the label scores of token k. */
  sentence(
    tokens: Token[],
    first: number,
    last: number,
    mentions: readonly Mention[],
  ): (k: number, prev: string, prev2: string, out: Float64Array) => Float64Array {
    const { info, pos, multi, runs, rule } = viewSentence(tokens, first, last, mentions);
    const model = this.model;
    const n = this.n;
    const bias = this.valued('b', '');
    return (k, prev, prev2, out) => {
      out.fill(0);
      const cur = info[k]!;
      const before = wordAt(info, k - 1);
      const after = wordAt(info, k + 1);
      add(out, bias, 0, n);
      add(out, this.vectors(cur), SELF * n, n);
      add(out, this.vectors(before), PREV * n, n);
      add(out, this.vectors(after), NEXT * n, n);
      add(out, this.vectors(wordAt(info, k - 2)), PREV2 * n, n);
      add(out, this.vectors(wordAt(info, k + 2)), NEXT2 * n, n);
      add(out, this.valued('p=', pos[k]!), 0, n);
      add(out, this.valued('p-1=', at(pos, k - 1)), 0, n);
      add(out, this.valued('p+1=', at(pos, k + 1)), 0, n);
      add(out, this.valued('r=', rule[k]!), 0, n);
      add(out, this.valued('r-1=', at(rule, k - 1)), 0, n);
      add(out, this.valued('r+1=', at(rule, k + 1)), 0, n);
      add(out, this.valued('t-1=', prev), 0, n);
      model.addRow(hashParts('t-2t-1=', prev2, '|', prev), out);
      // Most word pairs are not in the model: the words' flags skip the hashing and the look-up of those.
      const fb = this.flags(before);
      const fc = this.flags(cur);
      const fa = this.flags(after);
      if (fb & PREV_OF_PAIR && fc & CUR_OF_PREV_PAIR) model.addRow(hashParts('w-1w=', before.lower, '|', cur.lower), out);
      if (fc & CUR_OF_NEXT_PAIR && fa & NEXT_OF_PAIR) model.addRow(hashParts('ww+1=', cur.lower, '|', after.lower), out);
      model.addRow(hashParts('shsh=', before.shape, '|', cur.shape, '|', after.shape), out);
      model.addRow(hashParts('ppp=', at(pos, k - 1), '|', pos[k]!, '|', at(pos, k + 1)), out);
      model.addRow(hashParts('mg=', multi[k]!, '|', at(multi, k - 1), '|', at(multi, k + 1)), out);
      model.addRow(hashParts('rsh=', rule[k]!, '|', cur.shape), out);
      if (fc & AFTER_LABEL) model.addRow(hashParts('t-1w=', prev, '|', cur.lower), out);
      const run = runs[k];
      if (run) {
        const [a, b] = run;
        add(out, this.vectors(info[b - 1]!), RUN_LAST * n, n);
        add(out, this.vectors(info[a]!), RUN_FIRST * n, n);
        add(out, this.vectors(wordAt(info, a - 1)), RUN_BEFORE * n, n);
        add(out, this.vectors(wordAt(info, b)), RUN_AFTER * n, n);
        add(out, this.vectors(wordAt(info, a - 2)), RUN_BEFORE2 * n, n);
        add(out, this.vectors(wordAt(info, b + 1)), RUN_AFTER2 * n, n);
        model.addRow(hashParts('rbl=', wordAt(info, a - 1).lower, '|', info[b - 1]!.lower), out);
        model.addRow(hashParts('rlen=', RUN_LENGTHS[Math.min(b - a, 5)]!, k === a ? 'B' : k === b - 1 ? 'E' : 'M'), out);
      }
      model.addRow(hashParts('sh-2=', wordAt(info, k - 2).shape, '|', before.shape), out);
      if (k === 0) model.addRow(hashParts('first|sh=', cur.shape), out);
      return out;
    };
  }

  /** The word's weight vectors, one per place (SELF, PREV, ...), computed once per word and model. */
  private vectors(w: WordInfo): Float64Array {
    if (w.vectors?.model === this.model) return w.vectors.data;
    const n = this.n;
    const data = new Float64Array(PLACES * n);
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
    w.vectors = { model: this.model, data, flags: this.pairWords.get(w.lower) ?? 0 };
    return data;
  }

  /** The weights of the feature `template + value`, cached per template and value (few values each). */
  private valued(template: string, value: string): Float64Array {
    let byTemplate = this.byValue.get(template);
    if (!byTemplate) this.byValue.set(template, (byTemplate = new Map()));
    let v = byTemplate.get(value);
    if (!v) {
      v = new Float64Array(this.n);
      this.model.addRow(featureHash(template + value), v);
      if (byTemplate.size < 10_000) byTemplate.set(value, v);
    }
    return v;
  }
}

function add(out: Float64Array, src: Float64Array, from: number, n: number): void {
  for (let k = 0; k < n; k++) out[k]! += src[from + k]!;
}

const scorers = new WeakMap<LinearModel, TaggerScorer>();

/** The (cached) scorer of a tagger model. */
export function taggerScorer(model: LinearModel): TaggerScorer {
  let s = scorers.get(model);
  if (!s) scorers.set(model, (s = new TaggerScorer(model)));
  return s;
}
