import { extract } from '../index';

function triples(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.id]));
  return r.triples.map(
    (t) =>
      `${name.get(t.subject)} ${t.predicate} ${name.get(t.object)}${t.negated ? ' NEG' : ''}${t.attributedTo ? ' @' + t.attributedTo : ''}`,
  );
}

describe('pattern families', () => {
  it('roles from titles (sample article)', () => {
    expect(triples('In televised remarks, Russian President Vladimir Putin said the killing was a clear provocation.')).toContain(
      'person-vladimir-putin PRESIDENT_OF location-russia',
    );
    expect(triples('He was born in 1994, Turkish Interior Minister Suleyman Soylu said.')).toContain(
      'person-suleyman-soylu MINISTER_OF location-turkey',
    );
  });

  it('roles from an organisation before a lowercase title (sample article)', () => {
    expect(
      triples('The gunman circled his body, said Associated Press photographer Burhan Ozbilici, who captured the incident.'),
    ).toContain('person-burhan-ozbilici WORKS_FOR organization-associated-press');
  });

  it('subject-verb-object with a light verb and a pronoun (sample article)', () => {
    const t = triples(
      'The United States, on the other hand, draws a distinction between the YPG and the banned PKK. It has provided significant support to the YPG as a critical fighting force against ISIS.',
    );
    expect(t).toContain('location-united-states SUPPORTS organization-ypg');
  });

  it('sanctions (sample article)', () => {
    expect(triples('Russia slapped a raft of sanctions on Turkey after the deadly incident.')).toContain(
      'location-russia SANCTIONED location-turkey',
    );
  });

  it('attribution of reported speech (sample article)', () => {
    const t = triples('But Turkey says the YPG is linked to Turkey’s own Kurdish insurgents.');
    expect(t.some((x) => x.startsWith('organization-ypg LINKED_TO') && x.endsWith('@location-turkey'))).toBe(true);
  });

  it('coordinated subjects of a symmetric verb (sample article)', () => {
    expect(triples('Erdogan and Putin have spoken several times on the phone in recent weeks.')).toContain(
      'person-erdogan SPOKE_WITH person-putin',
    );
  });

  it('passives: "was killed by" (CoNLL04 train style)', () => {
    expect(triples('Robert Kennedy was killed by Sirhan Sirhan in Los Angeles .')).toContain(
      'person-sirhan-sirhan KILLED person-robert-kennedy',
    );
  });

  it('relative clauses: "X , who assassinated Y" (CoNLL04 train)', () => {
    expect(triples('John Wilkes Booth , who assassinated President Lincoln , was an actor .')).toContain(
      'person-john-wilkes-booth KILLED person-lincoln',
    );
  });

  it('place, container (CoNLL04 train)', () => {
    expect(
      triples('Penry raped Pamela Moseley Carpenter on Oct. 15 , 1979 , in Livingston , Texas , then stabbed her to death .'),
    ).toContain('location-livingston LOCATED_IN location-texas');
  });

  it('capitals acting for their country, and staying the city otherwise (sample article)', () => {
    const r = extract('Ankara has worked to drive Kurdish fighters from the border. Diplomats are scheduled to meet in Moscow.');
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['location-turkey', 'location-moscow', 'group-kurdish-fighters']));
  });

  it('acronym and expansion are one entity (sample article)', () => {
    const r = extract('Turkey considers one of those groups, the People’s Protection Units, or YPG, to be terrorists.');
    const ypg = r.entities.find((e) => e.id === 'organization-ypg');
    expect(ypg?.name).toBe('People’s Protection Units');
    expect(ypg?.aliases).toContain('YPG');
  });

  it('negation (sample article)', () => {
    expect(triples('Moscow says it hasn’t attacked Aleppo since October 18.').some((t) => t.includes('ATTACKED location-aleppo NEG'))).toBe(
      true,
    );
  });
});
