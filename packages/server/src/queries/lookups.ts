import { documentFields, entityFields, relationFields } from './fields';

export const ENTITIES_BY_ID = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e {${entityFields()}} AS row`;
export const DOCUMENTS_BY_ID = `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d {${documentFields()}} AS row`;

// Facts have no index of their own: one is found through one of its statements (indexed by factId), then
// between its two endpoints (indexed by id).
export const RELATIONS_BY_ID = `
UNWIND $ids AS id
CALL (id) { MATCH (s:Statement {factId: id}) RETURN s LIMIT 1 }
MATCH (:Entity {id: s.subject})-[r]->(:Entity {id: s.object})
WHERE r.id = id
RETURN r {${relationFields()}} AS row`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $fetch}) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types
RETURN {entity: e {${entityFields()}}, score: score} AS row
ORDER BY score DESC, e.mentionCount DESC, e.id
LIMIT $first`;

export interface EntityQueryFilter {
  label: string;
  nameContains: boolean;
  minMentions: boolean;
}

function entityWhere({ nameContains, minMentions }: EntityQueryFilter): string {
  const conditions = [
    ...(nameContains ? ['toLower(e.name) CONTAINS $nameContains'] : []),
    ...(minMentions ? ['e.mentionCount >= $minMentions'] : []),
  ];
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * A page of entities. Only the conditions asked for are in the query, so the planner can use the type label,
 * the mentionCount index (which also yields the order) or, with no condition at all, the count store.
 */
export function entitiesPage(filter: EntityQueryFilter, order: 'MENTIONS_DESC' | 'NAME_ASC'): string {
  const orderBy = order === 'NAME_ASC' ? 'e.name, e.id' : 'e.mentionCount DESC, e.id';
  return `
MATCH (e:${filter.label})
${entityWhere(filter)}
RETURN e {${entityFields()}} AS row
ORDER BY ${orderBy}
SKIP $offset LIMIT $limit`;
}

export const entitiesCount = (filter: EntityQueryFilter) => `MATCH (e:${filter.label}) ${entityWhere(filter)} RETURN count(e) AS count`;
