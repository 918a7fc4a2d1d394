import { detectRuleMentions } from '../detect-mentions';
import { resolveIdentities } from '../resolve-identities';
import { tokenize } from '../tokenize';
import { adjacencyFacts } from './adjacency-facts';
import { makeContext } from './fact';

// The rule mentions only: these tests pin the hand-written patterns, whatever the learned layer adds on top.
function facts(text: string): string[] {
  const doc = tokenize(text);
  const ctx = makeContext(doc, resolveIdentities(doc.tokens, detectRuleMentions(doc)));
  return adjacencyFacts(ctx).map((f) => `${f.subject.key} ${f.predicate} ${f.object.key}`);
}

describe('adjacencyFacts', () => {
  it('puts a place in the possessed region, not in its possessor (sample article, paraphrase)', () => {
    const t = facts('He was born in 1994 in the town of Soke in Turkey’s Aydin province.');
    expect(t).toEqual(expect.arrayContaining(['location-soke LOCATED_IN location-aydin', 'location-aydin LOCATED_IN location-turkey']));
    expect(t).not.toContain('location-soke LOCATED_IN location-turkey');
    expect(facts("The fire broke out in Malibu in California's Los Angeles County.")).toContain(
      'location-malibu LOCATED_IN location-los-angeles-county',
    );
  });

  it("reads past a facility's own description to where it is (sample article, paraphrase)", () => {
    expect(
      facts('The attack occurred at the Cagdas Sanat Merkezi modern arts center in the heart of Ankara, a posh neighborhood.'),
    ).toContain('location-cagdas-sanat-merkezi LOCATED_IN location-ankara');
    expect(facts('The concert took place at the Kennedy Center in downtown Washington.')).toContain(
      'location-kennedy-center LOCATED_IN location-washington',
    );
  });

  it('reads "X, northern Y" (sample article) and "X , Y" (CoNLL04 train)', () => {
    expect(facts('It says it killed as many as 200 YPG fighters in airstrikes in al Bab, northern Syria, in October.')).toContain(
      'location-al-bab LOCATED_IN location-syria',
    );
    expect(facts('Penry raped Pamela Moseley Carpenter on Oct. 15 , 1979 , in Livingston , Texas .')).toContain(
      'location-livingston LOCATED_IN location-texas',
    );
  });
});
