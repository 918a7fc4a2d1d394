import type { FactRow } from './fold-rows';
import { factsByType, KEEP_PLAN, updateFacts } from './write-batch';

const fact = (id: string, predicate: string): FactRow => ({
  id,
  predicate,
  subject: 's',
  object: 'o',
  negated: false,
  attributedTo: null,
  n: 1,
  q: 0.5,
});

describe('factsByType', () => {
  it('groups a batch’s facts by type, types sorted, rows[i] holding the facts of types[i] in batch order', () => {
    const grouped = factsByType([fact('f1', 'SUPPORTS'), fact('f2', 'ATTACKS'), fact('f3', 'SUPPORTS')]);
    expect(grouped.types).toEqual(['ATTACKS', 'SUPPORTS']);
    expect(grouped.rows.map((rows) => rows.map((r) => r.id))).toEqual([['f2'], ['f1', 'f3']]);
  });
});

describe('updateFacts', () => {
  it('has one UNION branch per type, each unwinding only its own rows through the index of its type', () => {
    const cypher = updateFacts(['ATTACKS', 'SUPPORTS']);
    expect(cypher.startsWith(KEEP_PLAN)).toBe(true);
    const branches = cypher.slice(KEEP_PLAN.length).split('UNION ALL');
    expect(branches).toHaveLength(2);
    expect(branches[0]).toContain('UNWIND $rows[0] AS row');
    expect(branches[0]).toContain('MATCH ()-[r:ATTACKS {id: row.id}]->() USING INDEX r:ATTACKS(id)');
    expect(branches[1]).toContain('UNWIND $rows[1] AS row');
    expect(branches[1]).toContain('USING INDEX r:SUPPORTS(id)');
    // No branch filters the whole batch by type: that plan seeks every row in every type's index.
    expect(cypher).not.toContain('row.predicate');
  });

  it('refuses a type that is not an identifier, before it can reach the query string', () => {
    expect(() => updateFacts(['SUPPORTS', 'X]->() DETACH DELETE r //'])).toThrow(/predicate/);
    expect(() => updateFacts([])).toThrow(/at least one/);
  });
});
