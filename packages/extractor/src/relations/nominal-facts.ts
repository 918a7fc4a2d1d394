import { AGENT_NOUNS, BETWEEN_NOUNS, NOUN_PREDICATES, ROLE_NOUNS } from '../lexicon/predicates';
import type { Mention } from '../mention';
import { subjectsOf } from './clause';
import { isPossessive, mentionAt, type Fact, type FactContext } from './fact';
import type { Referents } from './referents';

const PREPS = new Set(['of', 'on', 'against', 'to', 'for']);

/**
 * "Moscow's bombardment of Syria", "Oswald's assassination of Kennedy": a possessor acting through an event noun
 * on the object of its preposition. Relation and role nouns ("Turkey's ally") are title-facts' business.
 */
export function nominalFacts(ctx: FactContext, refs: Referents): Fact[] {
  const { tokens } = ctx.doc;
  const facts: Fact[] = [];
  for (const list of ctx.bySentence) {
    if (list.length < 2) continue;
    fightAgainst(ctx, refs, list, facts);
    for (const x of list) {
      if (!isPossessive(tokens[x.last])) continue;
      let k = x.last + 1;
      while (tokens[k]?.pos === 'ADJ') k++;
      const noun = tokens[k];
      if (!noun || noun.sentence !== x.sentence) continue;
      const predicate = NOUN_PREDICATES.get(noun.lower);
      if (!predicate || ROLE_NOUNS.has(noun.lower) || BETWEEN_NOUNS.has(noun.lower) || AGENT_NOUNS.has(noun.lower)) continue;
      if (!PREPS.has(tokens[k + 1]?.lower ?? '')) continue;
      const start = tokens[k + 2]?.pos === 'DET' ? k + 3 : k + 2;
      const y = mentionAt(list, start);
      if (!y || y.first !== start || y.key === x.key || isPossessive(tokens[y.last])) continue;
      facts.push({ subject: x, predicate, object: y, confidence: 0.7, trigger: k });
    }
  }
  return facts;
}

const FIGHT_NOUNS = new Set(['fight', 'battle', 'war', 'campaign', 'struggle', 'offensive']);

// "the United States supports Kurdish groups ... as critical partners in the battle against ISIS": the subject of the
// clause that the fight noun sits in takes part in the fight.
function fightAgainst(ctx: FactContext, refs: Referents, list: Mention[], facts: Fact[]): void {
  const { tokens } = ctx.doc;
  const s = ctx.doc.sentences[list[0]!.sentence]!;
  for (let k = s.first + 1; k + 2 < s.last; k++) {
    if (!FIGHT_NOUNS.has(tokens[k]!.lower) || tokens[k]!.pos !== 'NOUN' || tokens[k + 1]!.lower !== 'against') continue;
    const enemy = mentionAt(list, k + 2);
    if (!enemy || enemy.first !== k + 2) continue;
    let v = k - 1;
    while (v >= s.first && tokens[v]!.pos !== 'VERB') v--;
    if (v < s.first) continue;
    for (const subject of subjectsOf(ctx, refs, v, list)) {
      if (subject.key !== enemy.key) facts.push({ subject, predicate: 'FIGHTS', object: enemy, confidence: 0.5, trigger: k });
    }
  }
}
