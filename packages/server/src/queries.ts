// The Cypher the API runs, in one place. Every value is a parameter; the few literals spliced in
// (traversal bounds) are integers checked by the resolvers first.

export const ENTITY_FIELDS = 'id: e.id, name: e.name, type: e.type, subtype: e.subtype, aliases: e.aliases, mentionCount: e.mentionCount';
export const RELATION_FIELDS =
  'id: r.id, predicate: type(r), subject: startNode(r).id, object: endNode(r).id, confidence: r.confidence, ' +
  'evidenceCount: r.evidenceCount, negated: r.negated, attributedTo: r.attributedTo';
const DOCUMENT_FIELDS =
  'id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt, ingestedAt: toString(d.ingestedAt), sha256: d.sha256';

export const ENTITIES_BY_ID = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e {${ENTITY_FIELDS}} AS row`;
export const DOCUMENTS_BY_ID = `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d {${DOCUMENT_FIELDS}} AS row`;

// A fact is found through one of its statements (indexed by factId), then between its two endpoints.
export const RELATIONS_BY_ID = `
UNWIND $ids AS id
CALL (id) { MATCH (s:Statement {factId: id}) RETURN s LIMIT 1 }
MATCH (:Entity {id: s.subject})-[r]->(:Entity {id: s.object})
WHERE r.id = id
RETURN r {${RELATION_FIELDS}} AS row`;

/** The filter every relation-returning query shares. */
const RELATION_FILTER =
  '($predicates IS NULL OR type(r) IN $predicates) AND r.confidence >= $minConfidence AND ($includeNegated OR NOT r.negated)';

export function entityRelations(direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): string {
  const pattern = direction === 'OUTGOING' ? '(e)-[r]->(o:Entity)' : direction === 'INCOMING' ? '(e)<-[r]-(o:Entity)' : '(e)-[r]-(o:Entity)';
  return `
MATCH (e:Entity {id: $id})
MATCH ${pattern}
WHERE ${RELATION_FILTER}
RETURN r {${RELATION_FIELDS}} AS row
ORDER BY r.confidence DESC, r.evidenceCount DESC, r.id
LIMIT $first`;
}

export const RELATIONS_MATCHING = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($subject IS NULL OR a.id = $subject) AND ($object IS NULL OR b.id = $object)
  AND ($predicate IS NULL OR type(r) = $predicate) AND ${RELATION_FILTER}
RETURN r {${RELATION_FIELDS}} AS row
ORDER BY r.confidence DESC, r.evidenceCount DESC, r.id
LIMIT $first`;

export const EVIDENCE = `
MATCH (s:Statement {factId: $id})
RETURN s {id: s.id, documentId: s.documentId, sentence: s.sentence, start: s.start, end: s.end, text: s.text,
          confidence: s.confidence, extractor: s.extractor} AS row
ORDER BY s.documentId, s.sentence
LIMIT $first`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types
RETURN {entity: e {${ENTITY_FIELDS}}, score: score} AS row
ORDER BY score DESC, e.mentionCount DESC
LIMIT $first`;

export function neighborhood(depth: number, direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): string {
  const hop = direction === 'OUTGOING' ? '()-[r]->(:Entity)' : direction === 'INCOMING' ? '()<-[r]-(:Entity)' : '()-[r]-(:Entity)';
  return `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c) (${hop} WHERE ${RELATION_FILTER}){1,${depth}} ()
  UNWIND r AS rel
  RETURN DISTINCT rel LIMIT $cap
}
RETURN collect(rel {${RELATION_FIELDS.replace(/\br\b/g, 'rel')}}) AS edges`;
}

export function paths(maxLength: number, mode: 'SHORTEST' | 'ALL_SHORTEST', limit: number): string {
  const selector = mode === 'SHORTEST' ? `SHORTEST ${limit}` : 'ALL SHORTEST';
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${selector} (a) (()-[r]-(:Entity) WHERE ${RELATION_FILTER}){1,${maxLength}} (b)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r {${RELATION_FIELDS}}] AS edges`;
}

export const ENTITY_MENTIONS = `
MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
RETURN {documentId: d.id, count: m.count} AS row
ORDER BY m.count DESC, d.id
LIMIT $first`;

export const DOCUMENT_ENTITIES = `
MATCH (d:Document {id: $id})<-[:MENTIONED_IN]-(e:Entity)
RETURN e {${ENTITY_FIELDS}} AS row
ORDER BY e.mentionCount DESC, e.id`;

export const DOCUMENT_FACT_IDS = `
MATCH (s:Statement {documentId: $id})
RETURN DISTINCT s.factId AS id
ORDER BY id`;

export const DOCUMENTS = `
MATCH (d:Document)
RETURN d {${DOCUMENT_FIELDS}} AS row
ORDER BY d.ingestedAt DESC, d.id
LIMIT $first`;

export const STATS = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () { MATCH (e:Entity) WITH e.type AS key, count(*) AS count ORDER BY count DESC, key RETURN collect({key: key, count: count}) AS byType }
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS byPredicate, sum(count) AS relations
}
RETURN entities, documents, statements, relations, byType, byPredicate`;
