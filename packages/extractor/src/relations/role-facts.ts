import { countryByName } from '../gazetteer/countries';
import { STATE_TITLES } from '../lexicon/cues';
import { REPORTING_VERBS } from '../lexicon/predicates';
import type { Mention } from '../mention';
import type { Tokenized } from '../tokenize';
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
      if (role.ofEnd === undefined) {
        const state = reportedState(doc, list, person);
        if (state) {
          const predicate = rolePredicate(role.predicate, state, role.title);
          facts.push({ subject: person, predicate, object: state, confidence: 0.6, trigger: person.first, title: role.title });
        }
        continue;
      }
      let end = role.ofEnd;
      if (end !== undefined && isPossessive(doc.tokens[end - 1])) end -= 1;
      const of = end === undefined ? undefined : mentionEndingAt(list, end);
      if (!of || of.key === person.key || of.type === 'Person') continue;
      const predicate = rolePredicate(role.predicate, of, role.title);
      facts.push({ subject: person, predicate, object: of, confidence: 0.9, trigger: person.first, title: role.title });
    }
  }
  return facts;
}

// "Associated Press photographer X" works for an organisation; a "Turkish police officer" works for a country's state.
export function rolePredicate(predicate: string, of: Mention, title: string): string {
  // "the New York attorney", "a Filipino journalist": a place before a profession says where the person lives, not who
  // employs them; only the state's own jobs are work for a country.
  if ((predicate === 'MEMBER_OF' || predicate === 'WORKS_FOR') && of.type === 'Location') {
    return countryByName(of.name) && (predicate === 'MEMBER_OF' || STATE_TITLES.has(title.toLowerCase())) ? predicate : 'LIVES_IN';
  }
  return predicate;
}

// "A Russian investigative team is scheduled to arrive ..., Foreign Minister Sergey Lavrov said": an official with a
// bare title who reports what a state does speaks for that state (the country opening the sentence, before any verb).
function reportedState(doc: Tokenized, list: Mention[], person: Mention): Mention | undefined {
  const { tokens } = doc;
  const verb = tokens[person.last];
  const titleStart = person.role?.first ?? person.first;
  if (tokens[titleStart - 1]?.value !== ',' || !verb || verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) {
    return undefined;
  }
  const state = list[0];
  if (!state || state.subtype !== 'Country' || state.first >= person.first) return undefined;
  const s = doc.sentences[person.sentence]!;
  return tokens.slice(s.first, state.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? undefined : state;
}
