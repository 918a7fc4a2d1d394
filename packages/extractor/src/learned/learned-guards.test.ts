import type { EntityType } from '@newsgraph/contract';
import type { Mention } from '../mention';
import type { Fact } from '../relations/fact';
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
const guard = (subject: Mention, object: Mention, rules: Fact[]): string | undefined =>
  guardLearnedFact(subject, object, conllRelationFor(subject.type, object.type)!, indexRuleFacts(rules));

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
});
