import { BETWEEN_NOUNS } from '../lexicon/predicates';
import type { Mention } from '../mention';
import { coordinated } from './clause';
import { mentionAt, type Fact, type FactContext } from './fact';

const REACH = 5;
const SYMMETRIC_BOTH_WAYS = new Set(['FIGHTS']);

/**
 * "improved relations and increased cooperation between Russia and Turkey", "the relationship between Washington and
 * Ankara", "the war between Iran and Iraq": a relation noun shortly before `between` relates every coordinated pair.
 */
export function betweenFacts({ doc, bySentence }: FactContext): Fact[] {
  const { tokens } = doc;
  const facts: Fact[] = [];
  for (const list of bySentence) {
    if (list.length < 2) continue;
    const s = doc.sentences[list[0]!.sentence]!;
    for (let k = s.first + 1; k < s.last; k++) {
      if (tokens[k]!.lower !== 'between') continue;
      const noun = relationNoun(tokens, k, s.first);
      if (noun === undefined) continue;
      const start = tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
      const m = mentionAt(list, start);
      if (!m || m.first !== start) continue;
      const group = coordinated(tokens, list, m).filter((x) => x.first >= m.first);
      const predicate = BETWEEN_NOUNS.get(tokens[noun]!.lower)!;
      for (const [a, b] of pairs(group)) {
        facts.push({ subject: a, predicate, object: b, confidence: 0.7, trigger: noun });
        if (SYMMETRIC_BOTH_WAYS.has(predicate)) facts.push({ subject: b, predicate, object: a, confidence: 0.7, trigger: noun });
      }
    }
  }
  return facts;
}

// The relation noun that "between" at k attaches to: within a few tokens, across adjectives and noun coordination.
function relationNoun(tokens: Array<{ lower: string; pos: string }>, k: number, first: number): number | undefined {
  for (let j = k - 1; j >= Math.max(first, k - REACH); j--) {
    const t = tokens[j]!;
    if (BETWEEN_NOUNS.has(t.lower)) return j;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'PRON') return undefined;
  }
  return undefined;
}

function pairs(ms: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) if (ms[i]!.key !== ms[j]!.key) out.push([ms[i]!, ms[j]!]);
  return out;
}
