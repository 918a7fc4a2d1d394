import type { EntityType } from '@newsgraph/contract';
import type { Mention } from '../mention';
import type { Fact } from '../relations/fact';
import { extract } from '../extract';
import { conllRelationFor } from './conll-map';
import { guardLearnedFact, indexRuleFacts } from './learned-guards';

const mention = (key: string, type: EntityType, subtype: string | null = null): Mention => {
  const name = key.replace(/^[a-z]+-/, '').replace(/-/g, ' ');
  return { first: 0, last: 1, start: 0, end: 1, text: name, sentence: 0, type, subtype, key, name, via: 'name' };
};
const lavrov = mention('person-sergey-lavrov', 'Person');
const russia = mention('location-russia', 'Location', 'Country');
const turkey = mention('location-turkey', 'Location', 'Country');
const ankara = mention('location-ankara', 'Location', 'City');
const pkk = mention('organization-pkk', 'Organization');
const fact = (subject: Mention, predicate: string, object: Mention): Fact => ({ subject, predicate, object, confidence: 0.9, trigger: 0 });
const guard = (subject: Mention, object: Mention, rules: Fact[], sources = new Map<Mention, number>()): string | undefined =>
  guardLearnedFact(subject, object, conllRelationFor(subject.type, object.type)!, indexRuleFacts(rules, sources));

describe('guards on learned relations', () => {
  it('never adds a relation between entities the rules already related, in either direction', () => {
    expect(guard(pkk, turkey, [fact(turkey, 'FIGHTS', pkk)])).toBe('rule-pair');
  });

  it('keeps a person where the rules placed them by role', () => {
    expect(guard(lavrov, turkey, [fact(lavrov, 'MINISTER_OF', russia)])).toBe('rule-role');
    expect(guard(lavrov, turkey, [])).toBeUndefined();
  });

  it('puts no country inside anything, and no place outside its gazetteer country', () => {
    expect(guard(russia, turkey, [])).toBe('country-inside');
    expect(guard(ankara, russia, [])).toBe('gazetteer');
    expect(guard(ankara, turkey, [])).toBeUndefined();
  });

  it('relates nothing before "according to" to the source it names', () => {
    const altintas = { ...mention('person-mevlut-mert-altintas', 'Person'), first: 5, last: 8 };
    const reuters = { ...mention('organization-reuters', 'Organization'), first: 24, last: 25 };
    const anadolu = { ...mention('organization-anadolu', 'Organization'), first: 22, last: 23 };
    const turkey20 = { ...turkey, first: 20, last: 21 };
    expect(guard(altintas, reuters, [], new Map([[reuters, 18]]))).toBe('source');
    expect(guard(altintas, reuters, [])).toBeUndefined();
    // Inside the phrase: "according to Turkey's state-run Anadolu agency".
    expect(guard(anadolu, turkey20, [], new Map([[anadolu, 18]]))).toBeUndefined();
  });

  it("keeps the sample article's gunman from working for the agency that reported him (sample article)", () => {
    const text =
      'The gunman, identified as police officer Mevlut Mert Altintas, was killed in the attack, according to various news organizations including Reuters.';
    const triples = extract(text, { learned: true }).triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`);
    expect(triples).not.toContain('person-mevlut-mert-altintas WORKS_FOR organization-reuters');
  });
});
