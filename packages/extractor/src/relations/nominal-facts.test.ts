import { nominalFacts } from './nominal-facts';
import { readRules, showFacts } from './read-rules.test-support';

describe('nominalFacts', () => {
  const facts = (text: string): string[] => {
    const { ctx, refs } = readRules(text);
    return showFacts(nominalFacts(ctx, refs));
  };

  it('reads "X\'s bombardment of Y" with the capital standing for its state (sample article)', () => {
    expect(facts('Moscow’s bombardment of Syria has drawn criticism from Western powers.')).toEqual([
      'location-russia ATTACKED location-syria',
    ]);
  });

  it('reads "X \'s support for Y" (CoNLL04 train) and "X\'s assassination of Y" (paraphrase)', () => {
    expect(facts("Sirhan said he killed the candidate because he felt betrayed by Kennedy 's support for Israel .")).toEqual([
      'person-kennedy SUPPORTS location-israel',
    ]);
    expect(facts('Oswald’s assassination of Kennedy shocked the nation.')).toEqual(['person-oswald KILLED person-kennedy']);
  });

  it('gives the clause subject the fight in "the battle against Y" (sample article) and a paraphrase', () => {
    expect(
      facts('Meanwhile, the United States supports Kurdish groups in both Syria and Iraq as critical partners in the battle against ISIS.'),
    ).toEqual(['location-united-states FIGHTS organization-isis']);
    expect(facts('Britain joined France in the war against Germany.')).toEqual(['location-united-kingdom FIGHTS location-germany']);
  });

  it('reads nothing from role nouns or without a subject (sample article)', () => {
    expect(facts('Turkey’s role in Syria, Turkey’s involvement in Syria is complicated.')).toEqual([]);
    expect(
      facts('This has complicated the relationship between Washington and Ankara, its key partner in the fight against ISIS.'),
    ).toEqual([]);
  });
});
