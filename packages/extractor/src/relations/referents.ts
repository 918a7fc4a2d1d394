import { DESCRIPTOR_HYPERNYMS, PERSON_DESCRIPTORS, PLACE_DESCRIPTORS } from '../lexicon/cues';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import type { FactContext } from './fact';

/**
 * Definite descriptions and pronouns that can safely stand for a named person: a descriptor noun ("the gunman",
 * "the ambassador") that exactly one person in the document carries, by title or apposition.
 */
export interface Referents {
  /** The person a descriptor noun at token k refers to, if unambiguous. */
  descriptor(k: number): Mention | undefined;
  /** The antecedent of a pronoun at token k, if safe. */
  pronoun(k: number, reportedBy?: Mention): Mention | undefined;
}

export function buildReferents({ doc, mentions, bySentence }: FactContext): Referents {
  const { tokens } = doc;
  const owners = new Map<string, Set<string>>();
  const byKey = new Map<string, Mention>();
  const own = (word: string, m: Mention): void => {
    if (!PERSON_DESCRIPTORS.has(word)) return;
    const set = owners.get(word) ?? new Set<string>();
    set.add(m.key);
    owners.set(word, set);
    byKey.set(m.key, m);
  };
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    if (m.role) own(lastWord(m.role.title), m);
    appositionDescriptors(tokens, m, own);
  }
  return {
    descriptor(k) {
      // Plurals ("the gunmen") are never one person, so the surface form is enough: no lemma needed.
      const word = tokens[k]?.lower ?? '';
      const place = PLACE_DESCRIPTORS.get(word);
      if (place) return tokens[k - 1]?.lower === 'the' ? lastPlace(mentions, tokens[k]!, place) : undefined;
      const set = new Set(owners.get(word));
      for (const narrower of DESCRIPTOR_HYPERNYMS.get(word) ?? []) for (const key of owners.get(narrower) ?? []) set.add(key);
      return set.size === 1 ? byKey.get([...set][0]!) : undefined;
    },
    pronoun(k, reportedBy) {
      const t = tokens[k];
      if (!t) return undefined;
      if (t.lower === 'he' || t.lower === 'she' || t.lower === 'him' || t.lower === 'his' || t.lower === 'her') {
        return lastBefore(mentions, t.start, (m) => m.type === 'Person' && t.sentence - m.sentence <= 3);
      }
      if (t.lower === 'it' || t.lower === 'its') {
        if (reportedBy && reportedBy.type !== 'Person') return reportedBy;
        const prev = bySentence[t.sentence - 1];
        const first = prev?.[0];
        const verbBefore = first && tokens.slice(doc.sentences[t.sentence - 1]!.first, first.first).some((x) => x.pos === 'VERB');
        return first && !verbBefore && first.type !== 'Person' ? first : undefined;
      }
      return undefined;
    },
  };
}

// "it hasn't bombed the city": the last place of that kind named in this or the two sentences before.
function lastPlace(mentions: Mention[], t: Token, subtype: string): Mention | undefined {
  return lastBefore(mentions, t.start, (m) => m.type === 'Location' && m.subtype === subtype && t.sentence - m.sentence <= 2);
}

function lastWord(s: string): string {
  const w = s.toLowerCase().split(/\s+/);
  return w[w.length - 1]!;
}

function lastBefore(mentions: Mention[], offset: number, ok: (m: Mention) => boolean): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    if (m.start >= offset) break;
    if (ok(m)) found = m;
  }
  return found;
}

// "The gunman, identified as police officer X" and "X, envoy to Turkey since 2013," give the descriptor to X.
function appositionDescriptors(tokens: Token[], m: Mention, own: (word: string, m: Mention) => void): void {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 8) && tokens[k]!.sentence === m.sentence; k--) {
    if (PERSON_DESCRIPTORS.has(tokens[k]!.lower) && tokens[k + 1]?.value === ',') {
      own(tokens[k]!.lower, m);
      break;
    }
  }
  if (tokens[m.last]?.value !== ',') return;
  for (let k = m.last + 1; k < m.last + 4; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== m.sentence) break;
    if (PERSON_DESCRIPTORS.has(t.lower)) {
      own(t.lower, m);
      break;
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ') break;
  }
}
