import { ENTITY_TYPES, IDENTIFIER_PATTERN } from '@newsgraph/contract';

export const RELATIONSHIP_TYPES = 'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types';

/** Graph-model relationships that are not facts. */
const NOT_FACTS = new Set(['MENTIONED_IN']);

/** The predicates among the database's relationship types: only identifiers ever reach the query string. */
export const factTypes = (types: readonly string[]) => types.filter((t) => IDENTIFIER_PATTERN.test(t) && !NOT_FACTS.has(t));

/**
 * Every count from the count store: `MATCH (n:Label) RETURN count(n)` and `MATCH ()-[r:TYPE]->() RETURN count(r)`
 * are O(1) lookups whatever the size of the graph, where grouping by property would scan every node.
 */
export function statsQuery(predicates: readonly string[]): string {
  const calls = [
    'CALL () { MATCH (n:Entity) RETURN count(n) AS entities }',
    'CALL () { MATCH (n:Document) RETURN count(n) AS documents }',
    'CALL () { MATCH (n:Statement) RETURN count(n) AS statements }',
    ...ENTITY_TYPES.map((t, i) => `CALL () { MATCH (n:${t}) RETURN count(n) AS t${i} }`),
    ...predicates.map((p, i) => `CALL () { MATCH ()-[r:${p}]->() RETURN count(r) AS p${i} }`),
  ];
  const byType = ENTITY_TYPES.map((t, i) => `{key: '${t}', count: t${i}}`).join(', ');
  const byPredicate = predicates.map((p, i) => `{key: '${p}', count: p${i}}`).join(', ');
  return `${calls.join('\n')}
RETURN entities, documents, statements, [${byType}] AS byType, [${byPredicate}] AS byPredicate`;
}
