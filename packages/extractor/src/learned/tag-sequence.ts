import type { Token } from '../tokenize';
import { allowedAfterCached, BIO_LABELS } from './bio';
import { StringSink, type FeatureSink } from './feature-sink';
import { argmax } from './perceptron';

/** Anything that scores a feature list per label: the trainer's perceptron or the stored model. */
export interface Scorer {
  scores(features: readonly string[]): Float64Array;
}

/** The features that depend on earlier decisions: the previous two labels, alone and with the word. */
export function writeHistory(f: FeatureSink, prev: string, prev2: string, word: string): void {
  f.add('t-1=', prev);
  f.add('t-2t-1=', prev2, '|', prev);
  f.add('t-1w=', prev, '|', word);
}

/** writeHistory's features as names (training). */
export function historyFeatures(prev: string, prev2: string, word: string): string[] {
  const sink = new StringSink();
  writeHistory(sink, prev, prev2, word);
  return sink.take();
}

/**
 * Whether the tagger must score a token: a lowercase word (no digit) after an O label is O without asking, which
 * skips three quarters of the tokens of running text. Training applies the same rule, so the model never relies
 * on a decision it will not get to make.
 */
export function mustScore(value: string, prev: string): boolean {
  if (prev !== 'O' && prev !== '<s>') return true;
  const c = value.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return value[0] !== value[0]!.toLowerCase();
}

/**
 * Greedy left-to-right BIO decoding: each token's label is the best-scoring one that keeps the sequence valid,
 * given the static features and the labels already chosen. Returns the labels and each decision's margin
 * (best minus runner-up score), which the caller can use as a confidence.
 */
export function tagSequence(
  model: Scorer,
  features: (k: number) => string[],
  values: readonly string[],
  words: readonly string[],
): { labels: string[]; margins: number[] } {
  return decode(values, (k, prev, prev2) => model.scores(features(k).concat(historyFeatures(prev, prev2, words[k]!))));
}

/**
 * As tagSequence over the tokens [first, last), scoring with the model's cached-vector scorer for one sentence
 * (inference, tagger-scorer.ts), which reads the previous labels as ids: BIO_LABELS indexes, BIO_LABELS.length
 * before the sentence. Returns the labels as BIO_LABELS indexes. `score` may write to and return the same `out` on
 * every call.
 */
export function tagSequenceScored(
  tokens: readonly Token[],
  first: number,
  last: number,
  score: (k: number, prev: number, prev2: number, out: Float64Array) => Float64Array,
  labels: number,
): { labels: number[]; margins: number[] } {
  // Plain arrays and one reused score buffer: typed arrays over 64 bytes are slow to allocate (tagger-scorer.ts).
  if (scoreBuffer.length !== labels) scoreBuffer = new Float64Array(labels);
  const out = scoreBuffer;
  const start = BIO_LABELS.length;
  const outside = 0; // BIO_LABELS[0] is 'O'
  const chosen = new Array<number>(last - first).fill(0);
  const margins = new Array<number>(last - first).fill(0);
  let prev = start;
  let prev2 = start;
  for (let k = 0; k < last - first; k++) {
    if ((prev === outside || prev === start) && !mustScore(tokens[first + k]!.value, 'O')) {
      margins[k] = Infinity;
      prev2 = prev;
      prev = outside;
      continue;
    }
    const scores = score(k, prev, prev2, out);
    const allowed = ALLOWED_AFTER[prev]!;
    const best = argmax(scores, allowed);
    let second = -Infinity;
    for (let a = 0; a < allowed.length; a++) if (allowed[a] !== best && scores[allowed[a]!]! > second) second = scores[allowed[a]!]!;
    chosen[k] = best;
    margins[k] = scores[best]! - second;
    prev2 = prev;
    prev = best;
  }
  return { labels: chosen, margins };
}

let scoreBuffer = new Float64Array(0);

/** allowedAfterCached by label id (BIO_LABELS index, then '<s>'). */
const ALLOWED_AFTER = [...BIO_LABELS, '<s>'].map((l) => allowedAfterCached(l));

function decode(
  values: readonly string[],
  score: (k: number, prev: string, prev2: string) => Float64Array,
): { labels: string[]; margins: number[] } {
  const labels: string[] = [];
  const margins: number[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let k = 0; k < values.length; k++) {
    if (!mustScore(values[k]!, prev)) {
      labels.push('O');
      margins.push(Infinity);
      prev2 = prev;
      prev = 'O';
      continue;
    }
    const scores = score(k, prev, prev2);
    const allowed = allowedAfterCached(prev);
    const best = argmax(scores, allowed);
    let second = -Infinity;
    for (const a of allowed) if (a !== best && scores[a]! > second) second = scores[a]!;
    labels.push(BIO_LABELS[best]!);
    margins.push(scores[best]! - second);
    prev2 = prev;
    prev = BIO_LABELS[best]!;
  }
  return { labels, margins };
}
