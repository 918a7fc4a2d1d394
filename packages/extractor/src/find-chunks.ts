import { countryByDemonym, countryByName } from './gazetteer/countries';
import { isFirstName } from './gazetteer/first-names';
import { placeByName } from './gazetteer/places';
import { KNOWN_ORGANIZATIONS, NAME_PARTICLES, NOT_NAMES, ORG_CUES, PERSON_TITLES } from './lexicon/cues';
import type { Sentence, Token } from './tokenize';

const OPENERS = new Set(['"', '“', '”', "'", '‘', '’', '(', '[', ':', '-', '—', '–', '``', '`', ';']);
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4}|[A-Z][a-z]?\.[A-Z]\.)$/;
const POSSESSIVE = new Set(["'s", "'"]);
const OF_HEADS = new Set(['republic', 'gulf', 'bay', 'sea', 'isle', 'isles', 'cape', 'lake', 'mount', 'city', 'state', 'kingdom', 'secretary', 'duke', 'university', 'bank', 'ministry', 'department']);

/** True when the token can be part of a proper name: capitalised, an acronym, and not a known non-name word. */
export function isNameToken(tokens: Token[], k: number, sentence: Sentence, lowerSeen: Set<string>): boolean {
  const t = tokens[k]!;
  if (!t.cap || !/\p{L}/u.test(t.value)) return false;
  if (NOT_NAMES.has(t.lower)) return false;
  if (ACRONYM.test(t.value)) return true;
  const prev = tokens[k - 1];
  const initial = k === sentence.first || (prev !== undefined && OPENERS.has(prev.value));
  if (!initial) return true;
  if (isKnownWord(t.value)) return true;
  const next = tokens[k + 1];
  if (PERSON_TITLES.has(t.lower) && next?.cap) return true;
  return t.pos === 'PROPN' && !lowerSeen.has(t.lower);
}

function isKnownWord(value: string): boolean {
  return (
    countryByName(value) !== undefined ||
    countryByDemonym(value) !== undefined ||
    placeByName(value) !== undefined ||
    KNOWN_ORGANIZATIONS.has(value.toLowerCase()) ||
    isFirstName(value)
  );
}

/** Maximal runs of name tokens in a sentence, joined across name particles and org-name possessives. */
export function findChunks(tokens: Token[], sentence: Sentence, lowerSeen: Set<string>): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  const isName = (k: number): boolean => k < sentence.last && isNameToken(tokens, k, sentence, lowerSeen);
  let k = sentence.first;
  while (k < sentence.last) {
    if (!isName(k)) {
      k++;
      continue;
    }
    const a = k;
    let b = k + 1;
    for (;;) {
      if (isName(b)) {
        b++;
        continue;
      }
      const joined = joinAcross(tokens, a, b, isName);
      if (joined > b) {
        b = joined;
        continue;
      }
      break;
    }
    chunks.push([a, b]);
    k = b;
  }
  return chunks;
}

// Returns the new chunk end when the token at `b` is a particle or possessive that belongs inside the name.
function joinAcross(tokens: Token[], a: number, b: number, isName: (k: number) => boolean): number {
  const t = tokens[b];
  const last = tokens[b - 1]!;
  if (!t || !isName(b + 1)) return b;
  if (t.start !== last.end && POSSESSIVE.has(t.lower)) return b;
  if (POSSESSIVE.has(t.lower)) {
    // "People's Protection Units", "Kurdistan Workers' Party": only when the run after ends in an org cue.
    let c = b + 1;
    while (isName(c)) c++;
    const left = tokens.slice(a, b).map((x) => x.value).join(' ');
    if (ORG_CUES.has(tokens[c - 1]!.lower) && !countryByName(left) && !placeByName(left)) return c;
    return b;
  }
  if (t.lower === 'of' || t.lower === 'for' || t.lower === '&' || t.lower === 'and') {
    if (t.lower === 'and' || t.lower === '&') return ORG_CUES.has(runEnd(tokens, b + 1, isName)) ? b + 1 : b;
    return ORG_CUES.has(last.lower) || OF_HEADS.has(last.lower) ? b + 1 : b;
  }
  if (NAME_PARTICLES.has(t.lower) && !t.cap) return b + 1;
  return b;
}

function runEnd(tokens: Token[], c: number, isName: (k: number) => boolean): string {
  while (isName(c)) c++;
  return tokens[c - 1]?.lower ?? '';
}
