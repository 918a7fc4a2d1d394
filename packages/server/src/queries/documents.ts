import { documentFields, entityFields, relationFields } from './fields';

/** Batched: a page of the documents mentioning each entity in $ids. */
export const ENTITY_MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  RETURN m, d ORDER BY m.count DESC, d.id SKIP $offset LIMIT $limit
}
RETURN id, collect({documentId: d.id, count: m.count}) AS value`;

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

function documentMatch({ source, publishedAfter, publishedBefore, mentions }: DocumentQueryFilter): string {
  const conditions = [
    ...(source ? ['d.source = $source'] : []),
    ...(publishedAfter ? ['d.publishedAt >= $publishedAfter'] : []),
    ...(publishedBefore ? ['d.publishedAt < $publishedBefore'] : []),
  ];
  const match = mentions ? 'MATCH (:Entity {id: $mentions})-[:MENTIONED_IN]->(d:Document)' : 'MATCH (d:Document)';
  return conditions.length ? `${match} WHERE ${conditions.join(' AND ')}` : match;
}

export const documentsPage = (filter: DocumentQueryFilter) => `
${documentMatch(filter)}
RETURN d {${documentFields()}} AS row
ORDER BY d.ingestedAt DESC, d.id
SKIP $offset LIMIT $limit`;

export const documentsCount = (filter: DocumentQueryFilter) => `${documentMatch(filter)} RETURN count(d) AS count`;
