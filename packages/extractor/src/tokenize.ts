import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { irregularLemma, lexiconVerbLemma } from './lexicon/predicates';

/** One token of the original text, with its UTF-16 offsets into that text. */
export interface Token {
  i: number;
  value: string;
  /** Lowercased, with curly apostrophes straightened. */
  lower: string;
  pos: string;
  /** Computed on first read: only the verbs and nouns the patterns examine ever need one. */
  readonly lemma: string;
  start: number;
  end: number;
  sentence: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
}

export interface Sentence {
  index: number;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * The annotations the extractor reads from wink-nlp: sentences and part of speech (with their tokens and lemmas).
 * wink's default pipeline also runs its named-entity, negation and sentiment passes, which nothing here reads
 * (negation is read from the words, relations/qualify-facts.ts) and which cost about 40% of a readDoc; none of them
 * changes tokens, tags, lemmas or sentences (tokenize.test.ts compares the two pipelines).
 */
export const WINK_PIPE = ['sbd', 'pos'];
const nlp = winkNLP(model, WINK_PIPE);
const its = nlp.its;
type WinkDoc = ReturnType<typeof nlp.readDoc>;
type WinkTokens = ReturnType<WinkDoc['tokens']>;

let defaultNlp: typeof nlp | undefined;

/**
 * wink-nlp's own document reader with its default pipeline (every annotation), the baseline of the speed benchmark.
 * Created on first use, so that an extraction never loads a second copy of the model.
 */
export function readDoc(text: string): WinkDoc {
  defaultNlp ??= winkNLP(model);
  return defaultNlp.readDoc(text);
}

/** The document as the extractor reads it from wink-nlp (WINK_PIPE); tests compare it with readDoc. */
export function readDocForExtraction(text: string): WinkDoc {
  return nlp.readDoc(text);
}

const sharedLemmas = new Map<string, string>();

// wink-nlp lemmatises on every read and lemmas cost as much as all other attributes together, so a token asks for
// its own the first time a pattern reads it.
class WinkToken implements Token {
  sentence = 0;
  private cachedLemma: string | undefined;
  constructor(
    public i: number,
    public value: string,
    public lower: string,
    public pos: string,
    public start: number,
    public end: number,
    public cap: boolean,
    private readonly raw: number,
    private readonly source: WinkTokens,
  ) {}

  /** Corrects a tag the statistical tagger got wrong, with the lemma that goes with it. */
  retag(pos: string, lemma: string): void {
    this.pos = pos;
    this.cachedLemma = lemma;
  }

  get lemma(): string {
    if (this.cachedLemma !== undefined) return this.cachedLemma;
    // wink lemmatises a verb or noun from its form and tag alone, so those are shared across documents; contractions
    // and auxiliaries ("'s" is "is" or "has") depend on the token and are always asked for.
    const shared = (this.pos === 'VERB' || this.pos === 'NOUN') && !this.lower.includes("'");
    const key = shared ? this.pos + ' ' + this.lower : '';
    let lemma = shared ? sharedLemmas.get(key) : undefined;
    if (lemma === undefined) {
      const raw = (this.pos === 'VERB' ? irregularLemma(this.lower) : undefined) ?? this.winkLemma();
      lemma = raw ? raw.toLowerCase() : this.lower;
      if (shared) {
        if (sharedLemmas.size >= 50_000) sharedLemmas.clear();
        sharedLemmas.set(key, lemma);
      }
    }
    this.cachedLemma = lemma;
    return lemma;
  }

  private winkLemma(): string {
    return this.source.itemAt(this.raw).out(its.lemma as unknown as typeof its.value) as string;
  }
}

/** Tokenises, tags and sentence-splits `text`, keeping offsets into the original string. */
export function tokenize(text: string): Tokenized {
  const doc = readDocForExtraction(text);
  const tokens = doc.tokens();
  // One bulk read per attribute: per-token reads through wink's item API cost more than the tagging itself.
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // A token starts after the whitespace that follows the previous one (wink-nlp's own precedingSpaces, which cost
    // a string per token to read back).
    let start = cursor;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    // wink-nlp is lossless, but never trust it blindly: re-anchor on the original text when it is not.
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    const lower = straighten(value.toLowerCase());
    out.push(new WinkToken(out.length, value, lower, pos[i] ?? 'X', start, end, isUpper(value), i, tokens));
  }
  repairVerbTags(out as WinkToken[]);
  const sentences = splitSentences(text, out, doc.sentences().out(its.span) as unknown as number[][], values.length);
  return { text, tokens: out, sentences };
}

// "Turkish forces shot a Russian warplane", "Turkey and the YPG share a common enemy": after a plural or proper noun
// and before an article, a form of a lexicon verb that the tagger read as a noun is the clause's verb. So it is right
// after a relative "who" ("Ruby, who shot Oswald"), which a verb always follows.
function repairVerbTags(tokens: WinkToken[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN') continue;
    const prev = tokens[k - 1]!;
    const afterActor = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.lower.endsWith('s'));
    if (prev.lower !== 'who' && !(afterActor && tokens[k + 1]?.pos === 'DET')) continue;
    const lemma = lexiconVerbLemma(t.lower);
    if (lemma) t.retag('VERB', lemma);
  }
}

// What wink-nlp counts as a token's preceding spaces: ASCII whitespace and the Unicode spaces its tokenizer splits on.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680 ||
    c === 0x85
  );
}

const APOSTROPHES = /[’‘`´]/g;

function straighten(lower: string): string {
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return lower.replace(APOSTROPHES, "'");
  }
  return lower;
}

const UPPER = /^\p{Lu}/u;

function isUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(value);
}

function splitSentences(text: string, tokens: Token[], spans: number[][], rawCount: number): Sentence[] {
  // Sentence spans index wink's tokens; when a token was dropped above, map by token start order instead.
  const sentenceOfRaw = new Int32Array(rawCount);
  spans.forEach(([a, b], s) => {
    for (let k = a ?? 0; k <= (b ?? -1); k++) sentenceOfRaw[k] = s;
  });
  const ranges: Array<[number, number]> = [];
  let current = -1;
  const dropped = rawCount !== tokens.length;
  for (const t of tokens) {
    const raw = dropped ? Math.min(t.i, rawCount - 1) : t.i;
    const s = sentenceOfRaw[raw] ?? 0;
    if (s !== current || ranges.length === 0) {
      current = s;
      ranges.push([t.i, t.i + 1]);
    } else ranges[ranges.length - 1]![1] = t.i + 1;
  }
  return capSentences(tokens, repairSentences(tokens, ranges)).map(([first, last], index) => {
    for (let k = first; k < last; k++) tokens[k]!.sentence = index;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    return { index, first, last, start, end, text: text.slice(start, end) };
  });
}

/**
 * The longest sentence the patterns read, in tokens. The longest in CoNLL04 has 114; text with no sentence ends at all
 * (a list, a table, a feed dumped on one line) would otherwise make one sentence of the whole document, and the
 * patterns, which look across a sentence for every candidate fact, quadratic in its length (a 1 MB line took a minute).
 */
export const MAX_SENTENCE_TOKENS = 150;
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')']);

// Cuts sentences longer than MAX_SENTENCE_TOKENS, each piece ending at the last clause break of its final third if
// it has one, else at the limit.
function capSentences(tokens: Token[], ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, last] of ranges) {
    let first = start;
    while (last - first > MAX_SENTENCE_TOKENS) {
      let cut = first + MAX_SENTENCE_TOKENS;
      for (let k = cut - 1; k > first + (MAX_SENTENCE_TOKENS * 2) / 3; k--) {
        if (BREAKS.has(tokens[k]!.value)) {
          cut = k + 1;
          break;
        }
      }
      out.push([first, cut]);
      first = cut;
    }
    out.push([first, last]);
  }
  return out;
}

const CLOSERS = new Set(['!', '?', '.']);
const QUOTE_MARKS = new Set(['"', '”', '“', "''", '``']);

// wink-nlp ends a sentence at every "!" or "?", also inside a quotation ("A gunman shouting ”Do not forget Aleppo!”
// assassinated ..."), and leaves the quote mark opening the next sentence at the end of the previous one.
function repairSentences(tokens: Token[], ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const prev = out[out.length - 1];
    const head = tokens[range[0]]!;
    if (prev && continues(tokens, prev[1], head)) {
      prev[1] = range[1];
      continue;
    }
    if (prev && prev[1] - prev[0] > 1 && opensNext(tokens, prev[1] - 1)) {
      prev[1] -= 1;
      range[0] -= 1;
    }
    out.push(range);
  }
  return out;
}

function continues(tokens: Token[], end: number, head: Token): boolean {
  if (head.value.startsWith('..') || head.value.startsWith('…')) return true;
  const c = head.value.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  let k = end - 1;
  if (QUOTE_MARKS.has(tokens[k]!.value)) k--;
  const closer = tokens[k]?.value ?? '';
  return closer === '!' || closer === '?';
}

function opensNext(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  return QUOTE_MARKS.has(t.value) && CLOSERS.has(before.value) && t.start > before.end;
}
