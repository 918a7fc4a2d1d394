import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of the original text, with its UTF-16 offsets into that text. */
export interface Token {
  i: number;
  value: string;
  /** Lowercased, with curly apostrophes straightened. */
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  sentence: number;
  negated: boolean;
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

const nlp = winkNLP(model);
const its = nlp.its;

/** wink-nlp's own document reader, exposed for the speed benchmark. */
export function readDoc(text: string): ReturnType<typeof nlp.readDoc> {
  return nlp.readDoc(text);
}

/** Tokenises, tags and sentence-splits `text`, keeping offsets into the original string. */
export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const negs = tokens.out(its.negationFlag) as unknown as boolean[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = cursor + (spaces[i]?.length ?? 0);
    // wink-nlp is lossless, but never trust it blindly: re-anchor on the original text when it is not.
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    const lower = value.toLowerCase().replace(/[’‘`´]/g, "'");
    out.push({
      i: out.length,
      value,
      lower,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      start,
      end,
      sentence: 0,
      negated: Boolean(negs[i]),
      cap: /^\p{Lu}/u.test(value),
    });
  }
  const sentences = splitSentences(text, out, doc.sentences().out(its.span) as unknown as number[][], values.length);
  return { text, tokens: out, sentences };
}

function splitSentences(text: string, tokens: Token[], spans: number[][], rawCount: number): Sentence[] {
  // Sentence spans index wink's tokens; when a token was dropped above, map by token start order instead.
  const sentenceOfRaw: number[] = new Array<number>(rawCount).fill(0);
  spans.forEach(([a, b], s) => {
    for (let k = a ?? 0; k <= (b ?? -1); k++) sentenceOfRaw[k] = s;
  });
  const sentences: Sentence[] = [];
  let current = -1;
  const dropped = rawCount !== tokens.length;
  for (const t of tokens) {
    const raw = dropped ? Math.min(t.i, rawCount - 1) : t.i;
    const s = sentenceOfRaw[raw] ?? 0;
    if (s !== current || sentences.length === 0) {
      current = s;
      sentences.push({ index: sentences.length, first: t.i, last: t.i + 1, start: t.start, end: t.end, text: '' });
    }
    const sent = sentences[sentences.length - 1]!;
    sent.last = t.i + 1;
    sent.end = t.end;
    t.sentence = sent.index;
  }
  for (const s of sentences) s.text = text.slice(s.start, s.end);
  return sentences;
}
