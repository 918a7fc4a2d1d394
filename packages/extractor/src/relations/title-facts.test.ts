import { titleFacts } from './title-facts';
import { readRules, showFacts } from './read-rules.test-support';

describe('titleFacts', () => {
  const facts = (text: string): string[] => {
    const { ctx, refs } = readRules(text);
    return showFacts(titleFacts(ctx, refs));
  };

  it('reads "X\'s ambassador to Y" through the one person who is the ambassador (sample article)', () => {
    const t = facts(
      '(CNN) A gunman shouting ”Do not forget Aleppo!” assassinated Russia’s ambassador to Turkey at an Ankara art gallery. Ambassador Andrey Karlov’s shooting was captured in real time.',
    );
    expect(t).toEqual(
      expect.arrayContaining(['person-andrey-karlov AMBASSADOR_OF location-russia', 'person-andrey-karlov AMBASSADOR_TO location-turkey']),
    );
  });

  it('reads a title in apposition: "X, envoy to Y" (sample article) and "X, a former U.S. ambassador to Y" (CoNLL04 train)', () => {
    expect(facts('Andrey Karlov, envoy to Turkey since 2013, was invited to speak.')).toContain(
      'person-andrey-karlov AMBASSADOR_TO location-turkey',
    );
    expect(
      facts("Warner , a former U.S. ambassador to Switzerland , was convicted on Ohio felony charges in Home State 's collapse ."),
    ).toEqual(
      expect.arrayContaining(['person-warner AMBASSADOR_OF location-united-states', 'person-warner AMBASSADOR_TO location-switzerland']),
    );
  });

  it('keeps the title as written on the fact', () => {
    const { ctx, refs } = readRules('Andrey Karlov, envoy to Turkey since 2013, was invited to speak.');
    expect(titleFacts(ctx, refs)[0]?.title).toBe('envoy');
  });

  it('reads relation nouns in apposition: "X, a key US ally" (sample article), "X, its NATO ally" is membership', () => {
    expect(facts('But Turkey, a key US ally, considers one of those groups to be terrorists.')).toEqual([
      'location-turkey ALLIED_WITH location-united-states',
    ]);
    expect(facts('This has complicated the relationship between Washington and Ankara, its NATO ally and key partner.')).toContain(
      'location-turkey MEMBER_OF organization-nato',
    );
  });

  it('reads "X, a member of Y" (CoNLL04 train)', () => {
    expect(
      facts(
        "Former President Gerald R. Ford , a member of the Warren Commission that investigated President John F. Kennedy 's assassination , told a House committee he stood by the commission 's findings .",
      ),
    ).toContain('person-gerald-r-ford MEMBER_OF organization-warren-commission');
  });

  it('reads the copula: "X is the most powerful ally of Y\'s regime" (sample article) and a paraphrase', () => {
    expect(facts('Russia is the most powerful ally of Assad’s regime.')).toEqual(['location-russia ALLIED_WITH person-assad']);
    expect(facts('Britain is the closest ally of the United States.')).toEqual([
      'location-united-kingdom ALLIED_WITH location-united-states',
    ]);
  });

  it('reads a fronted "As one of the members of Y, X ..." (sample article) and a paraphrase', () => {
    expect(facts('As one of the five permanent members of the UN Security Council, Russia has also used its veto powers.')).toEqual([
      'location-russia MEMBER_OF organization-un-security-council',
    ]);
    expect(facts('As a member of the European Union, Britain must accept the ruling.')).toEqual([
      'location-united-kingdom MEMBER_OF organization-european-union',
    ]);
  });

  it('reads agent nouns: "Y\'s assassin, X" and "X, the convicted assassin of Y" (CoNLL04 train)', () => {
    expect(
      facts(
        "After the assassination of Robert F. Kennedy , Davis testified that Kennedy 's assassin , Sirhan B. Sirhan , was competent to stand trial .",
      ),
    ).toContain('person-sirhan-b-sirhan KILLED person-robert-f-kennedy');
    expect(
      facts(
        'Ten years ago : James Earl Ray , the convicted assassin of civil rights leader Martin Luther King Jr. , married artist Anna Sandhu .',
      ),
    ).toContain('person-james-earl-ray KILLED person-martin-luther');
  });

  it('reads nothing from a bare title or an unresolvable descriptor', () => {
    expect(facts('The ambassador met the president in Ankara and Moscow.')).toEqual([]);
  });

  it('reads the person in apposition after a title and its "of" or owner, two-word titles included', () => {
    expect(facts('KYIV, Ukraine (AP) — The mayor of Kyiv, Vitali Klitschko, said three people were killed.')).toContain(
      'person-vitali-klitschko MAYOR_OF location-kyiv',
    );
    expect(facts("Iran's foreign minister, Hossein Amir-Abdollahian, met his Saudi counterpart in Beijing.")).toContain(
      'person-hossein-amir-abdollahian MINISTER_OF location-iran',
    );
    // A list after the title's phrase is no apposition: nobody there is the mayor.
    expect(facts('The mayor of Kyiv, Vitali Klitschko and Petro Poroshenko met on Monday.')).toEqual([]);
  });
});
