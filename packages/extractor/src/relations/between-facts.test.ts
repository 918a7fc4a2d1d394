import { betweenFacts } from './between-facts';
import { readRules, showFacts } from './read-rules.test-support';

describe('betweenFacts', () => {
  const facts = (text: string): string[] => showFacts(betweenFacts(readRules(text).ctx));

  it('relates every pair after "between" to a relation noun before it (sample article)', () => {
    expect(facts('The assassination comes at a time of improved relations and increased cooperation between Russia and Turkey.')).toEqual([
      'location-russia HAS_RELATIONS_WITH location-turkey',
    ]);
    expect(facts('This has complicated the relationship between Washington and Ankara, its NATO ally.')).toEqual([
      'location-united-states HAS_RELATIONS_WITH location-turkey',
    ]);
  });

  it('reads the same shape in a paraphrase, and a war both ways', () => {
    expect(facts('Relations between Iran and Iraq have improved since the war.')).toEqual([
      'location-iran HAS_RELATIONS_WITH location-iraq',
    ]);
    expect(facts('The war between Iran and Iraq lasted eight years.')).toEqual([
      'location-iran FIGHTS location-iraq',
      'location-iraq FIGHTS location-iran',
    ]);
  });

  it('ignores "between" without a relation noun (CoNLL04 train, sample article)', () => {
    expect(facts('Flooding from heavy rain closed a portion of Highway 50 between Salida and Gunnison , Colorado .')).toEqual([]);
    expect(facts('The United States draws a distinction between the YPG and the banned PKK.')).toEqual([]);
  });
});
