import { documentFields, entityFields, relationFields } from './fields';
import { afterCondition, keyOf, orderBy, type Order } from './order';

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
  /** An entity type label (a GraphQL enum value, so from a closed set), or null for every entity. */
  type: string | null;
  nameContains: boolean;
  /**
   * Take the candidates for `nameContains` from the fulltext index (`$nameQuery`, see containsQuery()) rather
   * than scanning every entity; the CONTAINS condition still decides, so the answer is the same.
   */
  nameIndex: boolean;
  minMentions: boolean;
}

/**
 * A fulltext query over `entity_names` whose hits include every entity whose lowercased name contains `term`
 * (lowercase words of ASCII letters and digits, single spaces between them), or null for any other term, which
 * is then matched by a scan. Why the hits are a superset: the index's analyzer splits names into words at
 * spaces and punctuation but never inside a run of ASCII letters and digits, and lowercases them. So a
 * one-word term lies inside one indexed word (`*term*`); in a longer term, the first word ends an indexed word,
 * the middle ones are whole words, and the last one starts a word (`*first AND middle AND last*`). Aliases are
 * indexed too, which only adds candidates. Terms under 3 characters match too much for the index to help.
 */
export function containsQuery(term: string): string | null {
  if (term.length < 3 || !/^[a-z0-9]+( [a-z0-9]+)*$/.test(term)) return null;
  const words = term.split(' ');
  if (words.length === 1) return `*${term}*`;
  return words.map((w, i) => (i === 0 ? `*${w}` : i === words.length - 1 ? `${w}*` : w)).join(' AND ');
}

export type EntityOrderName = 'MENTIONS_DESC' | 'NAME_ASC' | 'ID_ASC';

/**
 * The orders of `entities`. Every entity has a name and a mentionCount (the loader sets both when it creates
 * it), so no key needs a coalesce and the indexes on id and mentionCount can seek the cursor. A mention count
 * grows as documents come in, so only ID_ASC holds still under ingestion.
 */
export const ENTITY_ORDERS: Record<EntityOrderName, Order> = {
  MENTIONS_DESC: { name: 'entities:MENTIONS_DESC', keys: [{ expr: 'e.mentionCount', desc: true }, { expr: 'e.id' }] },
  NAME_ASC: { name: 'entities:NAME_ASC', keys: [{ expr: 'e.name' }, { expr: 'e.id' }] },
  ID_ASC: { name: 'entities:ID_ASC', keys: [{ expr: 'e.id' }] },
};

function entityMatch(
  { type, nameContains, nameIndex, minMentions }: EntityQueryFilter,
  extra: string[] = [],
  labels = `Entity${type ? `:${type}` : ''}`,
): string {
  const fromIndex = nameContains && nameIndex;
  const conditions = [
    ...(fromIndex && type ? [`e:${type}`] : []),
    ...extra,
    ...(nameContains ? ['toLower(e.name) CONTAINS $nameContains'] : []),
    ...(minMentions ? ['e.mentionCount >= $minMentions'] : []),
  ];
  const match = fromIndex ? `CALL db.index.fulltext.queryNodes('entity_names', $nameQuery) YIELD node AS e` : `MATCH (e:${labels})`;
  return conditions.length ? `${match} WHERE ${conditions.join(' AND ')}` : match;
}

/**
 * A page of entities. Only the conditions asked for are in the query, so the planner can use the type label,
 * the mentionCount or id index (which also yield the order) or, with no condition at all, the count store.
 * A name condition takes its candidates from the fulltext index when it can (containsQuery()).
 */
// A page matches Entity and the type label both, so the planner may seek the Entity indexes (id,
// mentionCount) or scan the type's label; a count matches one label, so that it can read the count store.
export const entitiesPage = (filter: EntityQueryFilter, order: Order, hasAfter: boolean) => `
${entityMatch(filter, hasAfter ? [afterCondition(order, true)] : [])}
RETURN e {${entityFields()}} AS row, ${keyOf(order)} AS key
ORDER BY ${orderBy(order)}
LIMIT $limit`;

export const entitiesCount = (filter: EntityQueryFilter) => `${entityMatch(filter, [], filter.type ?? 'Entity')} RETURN count(e) AS count`;
