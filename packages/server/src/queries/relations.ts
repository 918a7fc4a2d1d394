import {
  entityFields,
  FULL_PROJECTION,
  hop,
  RELATION_ORDER,
  relationFields,
  relationFilter,
  typed,
  type Direction,
  type RelationFilter,
  type RelationProjection,
} from './fields';
import { afterCondition, keyOf, orderBy } from './order';

/**
 * Batched: for each entity in $ids, the entity itself and a page of its relations (one round trip however
 * many entities ask). The entity comes along so that `entity(id) { relations }` needs no lookup of its own;
 * an id with no entity has no row. Each item is `{row, key}` (connection.ts).
 */
export function entityRelations(
  direction: Direction,
  filter: RelationFilter,
  hasAfter: boolean,
  { ends, props }: RelationProjection = FULL_PROJECTION,
): string {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH ${hop('e', typed('r', filter.predicates), 'o:Entity', direction)}
  WHERE ${relationFilter('r', filter)} AND ${afterCondition(RELATION_ORDER, hasAfter)}
  WITH r ORDER BY ${orderBy(RELATION_ORDER)} LIMIT $limit
  RETURN {row: r {${relationFields('r', ends, props)}}, key: ${keyOf(RELATION_ORDER)}} AS item
}
WITH id, e, collect(item) AS items
RETURN id, {entity: e {${entityFields()}}, items: items} AS value`;
}

/** Batched: how many relations each entity in $ids has under the same filter. */
export function entityRelationCount(direction: Direction, filter: RelationFilter): string {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { MATCH ${hop('e', typed('r', filter.predicates), 'o:Entity', direction)} WHERE ${relationFilter('r', filter)} } AS value`;
}

/**
 * Relations matching subject/predicate/object. The pattern anchors on whichever end is given (index seek) and
 * names the predicate as a type (typed expansion or type scan); only a pattern with neither end scans all facts.
 */
function matching(subject: boolean, object: boolean, predicate: string | null, filter: RelationFilter): string {
  const a = subject ? 'a:Entity {id: $subject}' : 'a:Entity';
  const b = object ? 'b:Entity {id: $object}' : 'b:Entity';
  return `MATCH (${a})-[${typed('r', predicate ? [predicate] : null)}]->(${b})
WHERE ${relationFilter('r', filter)}`;
}

export const relationsMatching = (
  subject: boolean,
  object: boolean,
  predicate: string | null,
  filter: RelationFilter,
  hasAfter: boolean,
) => `
${matching(subject, object, predicate, filter)} AND ${afterCondition(RELATION_ORDER, hasAfter)}
RETURN r {${relationFields()}} AS row, ${keyOf(RELATION_ORDER)} AS key
ORDER BY ${orderBy(RELATION_ORDER)}
LIMIT $limit`;

export const relationsMatchingCount = (subject: boolean, object: boolean, predicate: string | null, filter: RelationFilter) => `
${matching(subject, object, predicate, filter)}
RETURN count(r) AS count`;

/** Batched: the evidence of each fact in $ids, in document order. */
export const EVIDENCE = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement {factId: id})
  RETURN s ORDER BY s.documentId, s.sentence, s.id LIMIT $first
}
RETURN id, collect(s {id: s.id, documentId: s.documentId, sentence: s.sentence, start: s.start, end: s.end, text: s.text,
                      confidence: s.confidence, extractor: s.extractor}) AS value`;
