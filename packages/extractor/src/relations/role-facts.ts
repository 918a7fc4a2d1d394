import { countryByName } from '../gazetteer/countries';
import type { Mention } from '../mention';
import { isPossessive, mentionEndingAt, type Fact, type FactContext } from './fact';

/**
 * Roles written with a name: "Russian President Vladimir Putin" (PRESIDENT_OF Russia), "Associated Press photographer
 * Burhan Ozbilici" (WORKS_FOR), and the possessive form "Turkey's Interior Minister X".
 */
export function roleFacts({ doc, bySentence }: FactContext): Fact[] {
  const facts: Fact[] = [];
  for (const list of bySentence) {
    for (const person of list) {
      const role = person.role;
      if (!role || !role.predicate || person.type !== 'Person') continue;
      let end = role.ofEnd;
      if (end !== undefined && isPossessive(doc.tokens[end - 1])) end -= 1;
      const of = end === undefined ? undefined : mentionEndingAt(list, end);
      if (!of || of.key === person.key || of.type === 'Person') continue;
      const predicate = rolePredicate(role.predicate, of);
      facts.push({ subject: person, predicate, object: of, confidence: 0.9, trigger: person.first });
    }
  }
  return facts;
}

// "Associated Press photographer X" works for an organisation; a "Turkish police officer" works for a country's state.
function rolePredicate(predicate: string, of: Mention): string {
  if (predicate === 'MEMBER_OF' && of.type === 'Location') return countryByName(of.name) ? 'MEMBER_OF' : 'LIVES_IN';
  return predicate;
}
