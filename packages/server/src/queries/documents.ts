import { documentFields, entityFields, relationFields } from './fields';
import { afterCondition, keyOf, orderBy, type Order } from './order';

/** The order of an entity's mentions: the documents that mention it most first. */
export const MENTION_ORDER: Order = { name: 'mentions:COUNT_DESC', keys: [{ expr: 'coalesce(m.count, 0)', desc: true }, { expr: 'd.id' }] };

/** Batched: a page of the documents mentioning each entity in $ids, as `{row, key}` items (connection.ts). */
export const entityMentions = (hasAfter: boolean) => `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  WHERE ${afterCondition(MENTION_ORDER, hasAfter)}
  WITH m, d ORDER BY ${orderBy(MENTION_ORDER)} LIMIT $limit
  RETURN {row: {documentId: d.id, count: m.count}, key: ${keyOf(MENTION_ORDER)}} AS item
}
RETURN id, collect(item) AS value`;

// A degree count: read from the node's relationship chain header, not by walking the relationships.
export const ENTITY_MENTION_COUNT = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[:MENTIONED_IN]->() } AS value`;

/** Batched: the entities each document in $ids mentions. */
export const DOCUMENT_ENTITIES = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)<-[:MENTIONED_IN]-(e:Entity)
  RETURN e ORDER BY e.mentionCount DESC, e.id LIMIT $first
}
RETURN id, collect(e {${entityFields()}}) AS value`;

/** Batched: the facts read from each document in $ids, in the order the document states them. */
export const DOCUMENT_RELATIONS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement {documentId: id})
  WITH s.factId AS fact, s.subject AS subject, s.object AS object, min(s.sentence) AS sentence
  ORDER BY sentence, fact LIMIT $first
  MATCH (:Entity {id: subject})-[r]->(:Entity {id: object})
  WHERE r.id = fact
  RETURN r, sentence ORDER BY sentence, r.id
}
RETURN id, collect(r {${relationFields()}}) AS value`;

export interface DocumentQueryFilter {
  source: boolean;
  publishedAfter: boolean;
  publishedBefore: boolean;
  mentions: boolean;
}

function documentMatch({ source, publishedAfter, publishedBefore, mentions }: DocumentQueryFilter, extra: string[] = []): string {
  const conditions = [
    ...extra,
    ...(source ? ['d.source = $source'] : []),
    ...(publishedAfter ? ['d.publishedAt >= $publishedAfter'] : []),
    ...(publishedBefore ? ['d.publishedAt < $publishedBefore'] : []),
  ];
  const match = mentions ? 'MATCH (:Entity {id: $mentions})-[:MENTIONED_IN]->(d:Document)' : 'MATCH (d:Document)';
  return conditions.length ? `${match} WHERE ${conditions.join(' AND ')}` : match;
}

/**
 * The orders of `documents`. Both are stable under ingestion: a document loaded during a pull sorts before
 * the cursor (INGESTED_DESC) or takes its own place by id (ID_ASC), and moves no other row. A document
 * re-loaded with a changed text gets a new ingestedAt, so only ID_ASC is sure to list it exactly once.
 */
export const DOCUMENT_ORDERS: Record<'INGESTED_DESC' | 'ID_ASC', Order> = {
  INGESTED_DESC: {
    name: 'documents:INGESTED_DESC',
    keys: [{ expr: 'd.ingestedAt', desc: true, value: 'toString(d.ingestedAt)', param: (p) => `datetime(${p})` }, { expr: 'd.id' }],
  },
  ID_ASC: { name: 'documents:ID_ASC', keys: [{ expr: 'd.id' }] },
};

// Every document has an ingestedAt (the loader sets it when it creates the node), so it needs no coalesce,
// and the index on it can both seek the cursor and yield the order.
export const documentsPage = (filter: DocumentQueryFilter, order: Order, hasAfter: boolean) => `
${documentMatch(filter, hasAfter ? [afterCondition(order, true)] : [])}
RETURN d {${documentFields()}} AS row, ${keyOf(order)} AS key
ORDER BY ${orderBy(order)}
LIMIT $limit`;

export const documentsCount = (filter: DocumentQueryFilter) => `${documentMatch(filter)} RETURN count(d) AS count`;
