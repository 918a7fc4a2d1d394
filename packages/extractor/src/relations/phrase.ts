import { DATE_WORDS } from '../lexicon/cues';
import { CATENATIVES } from '../lexicon/predicates';
import type { Token } from '../tokenize';

const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "''", '``']);
const DASHES = new Set(['—', '–', '--', '―']);
const DATE_GLUE = new Set(['on', 'in', 'last', 'this', 'next', 'early', 'earlier', 'late', 'later', 'of', 'the']);
/** Whitespace this long inside a line is where scraped news lost its dash ("insurgents    the outlawed PKK"). */
const LOST_DASH = 4;

export function isQuote(t: Token | undefined): boolean {
  return t !== undefined && QUOTES.has(t.value);
}

/** The index of the quote mark opening the quotation that the mark at k closes, if it is in the same sentence. */
export function openingQuote(tokens: Token[], k: number, first: number): number | undefined {
  for (let j = k - 1; j >= first; j--) if (isQuote(tokens[j])) return j;
  return undefined;
}

/** True when a dash (or the wide gap a stripped dash leaves) stands between token k - 1 and token k. */
export function dashBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || t.sentence !== prev.sentence) return false;
  if (DASHES.has(t.value) || (t.value === '-' && t.start > prev.end)) return true;
  return t.start - prev.end >= LOST_DASH;
}

/** For a date word at k ("on Friday", "earlier this month"), the first token of the temporal phrase; else undefined. */
export function dateStart(tokens: Token[], k: number, first: number): number | undefined {
  if (!DATE_WORDS.has(tokens[k]!.lower)) return undefined;
  let j = k;
  while (j - 1 >= first) {
    const t = tokens[j - 1]!;
    if (!DATE_GLUE.has(t.lower) && !DATE_WORDS.has(t.lower) && t.pos !== 'NUM') break;
    j--;
  }
  return j;
}

/** True for "scheduled (to)", "worked (to)", "help (eradicate)": a verb that hands its subject to the next verb. */
export function isCatenative(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.pos !== 'VERB' || !next || !(next.lower === 'to' || next.pos === 'VERB')) return false;
  return CATENATIVES.has(t.lemma);
}

/** "A gunman shouting ... assassinated": an -ing participle right after its head noun modifies it. */
export function isReducedRelative(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return t.pos === 'VERB' && t.lower.endsWith('ing') && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}
