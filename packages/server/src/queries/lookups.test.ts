import { containsQuery, entitiesCount, entitiesPage, ENTITY_ORDERS } from './lookups';

describe('containsQuery', () => {
  it('narrows words of ASCII letters and digits: inside a word, or ending, whole and starting words', () => {
    expect(containsQuery('erdo')).toBe('*erdo*');
    expect(containsQuery('tayyip erd')).toBe('*tayyip AND erd*');
    expect(containsQuery('p tayyip erd')).toBe('*p AND tayyip AND erd*');
    expect(containsQuery('g20')).toBe('*g20*');
  });

  it('leaves to a scan what the analyzer might split or drop, and terms too short to narrow', () => {
    for (const term of ['al-assad', 'u.s', 'erdoğan', 'a  b', ' ab c', 'ab', 'x*y', 'and OR'])
      expect([term, containsQuery(term)]).toEqual([term, null]);
  });
});

describe('entitiesPage', () => {
  const filter = { type: 'PERSON', nameContains: true, minMentions: false };
  it('takes candidates from the fulltext index only when told, keeping the CONTAINS condition and the type', () => {
    const indexed = entitiesPage({ ...filter, nameIndex: true }, ENTITY_ORDERS.MENTIONS_DESC, false);
    expect(indexed).toContain("db.index.fulltext.queryNodes('entity_names', $nameQuery)");
    expect(indexed).toContain('WHERE e:PERSON AND toLower(e.name) CONTAINS $nameContains');
    expect(entitiesCount({ ...filter, nameIndex: true })).toContain('queryNodes');
    const scanned = entitiesPage({ ...filter, nameIndex: false }, ENTITY_ORDERS.MENTIONS_DESC, false);
    expect(scanned).toContain('MATCH (e:Entity:PERSON) WHERE toLower(e.name) CONTAINS $nameContains');
    expect(scanned).not.toContain('queryNodes');
  });
});
