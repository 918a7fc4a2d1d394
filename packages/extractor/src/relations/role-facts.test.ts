import { detectRuleMentions } from '../detect-mentions';
import { resolveIdentities } from '../resolve-identities';
import { tokenize } from '../tokenize';
import { makeContext } from './fact';
import { roleFacts } from './role-facts';

// The rule mentions only: these tests pin the hand-written patterns, whatever the learned layer adds on top.
function facts(text: string): string[] {
  const doc = tokenize(text);
  const ctx = makeContext(doc, resolveIdentities(doc.tokens, detectRuleMentions(doc)));
  return roleFacts(ctx).map((f) => `${f.subject.key} ${f.predicate} ${f.object.key} (${f.title ?? ''})`);
}

describe('roleFacts', () => {
  it('reads a title with its state before it, keeping the title as written (sample article)', () => {
    expect(facts('He was born in 1994 in the town of Soke, Turkish Interior Minister Suleyman Soylu said.')).toContain(
      'person-suleyman-soylu MINISTER_OF location-turkey (Interior Minister)',
    );
  });

  it('gives a bare-titled official reporting what a state does that state (sample article, paraphrase)', () => {
    expect(
      facts(
        'A Russian investigative team is scheduled to arrive in Turkey on Tuesday to assist local authorities, Foreign Minister Sergey Lavrov said.',
      ),
    ).toEqual(['person-sergey-lavrov MINISTER_OF location-russia (Foreign Minister)']);
    expect(facts('The United States will send troops to Somalia next week, Defense Secretary Dick Cheney said.')).toEqual([
      'person-dick-cheney MINISTER_OF location-united-states (Defense Secretary)',
    ]);
  });

  it('gives no state when the sentence does not open with one, or the title is not reporting (paraphrases)', () => {
    expect(facts('Troops will go to Somalia next week, Defense Secretary Dick Cheney said.')).toEqual([]);
    expect(facts('The United States will send troops to Somalia, and Defense Secretary Dick Cheney agreed.')).toEqual([]);
  });

  it('reads a city before a profession as where the person lives (CoNLL04 dev style)', () => {
    expect(facts('New York attorney Guy M. Struve said he was disappointed .')).toEqual([
      'person-guy-m-struve LIVES_IN location-new-york (attorney)',
    ]);
  });
});
