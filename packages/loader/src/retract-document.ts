import type { ManagedTransaction } from 'neo4j-driver';

export interface RetractionCounts {
  statements: number;
  relations: number;
  entities: number;
}

// A fact keeps the statements of other documents; its count and confidence are recomputed from them,
// and it goes when none is left.
const RETRACT_STATEMENTS = `
MATCH (s:Statement {documentId: $docId})
WITH s.factId AS factId, s.subject AS subject, s.object AS object, collect(s) AS mine
FOREACH (s IN mine | DELETE s)
WITH factId, subject, object, size(mine) AS removed
MATCH (:Entity {id: subject})-[r {id: factId}]->(:Entity {id: object})
OPTIONAL MATCH (rest:Statement {factId: factId})
WITH r, removed, collect(rest.confidence) AS left
SET r.evidenceCount = size(left), r.confidence = 1.0 - reduce(p = 1.0, c IN left | p * (1.0 - c))
WITH r, removed, size(left) = 0 AS orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE r)
RETURN sum(removed) AS statements, sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS relations`;

// First, and before anything is read: the document's mentions go and its entities' counts drop. The writes lock
// every entity the document names (every end of its facts is one), in id order like every loader's entity
// statement, so a loader adding evidence to one of its facts either committed before (its statements are seen
// below) or waits until this retraction commits (and then sees the fact gone).
const RETRACT_MENTIONS = `
MATCH (:Document {id: $docId})<-[m:MENTIONED_IN]-(e:Entity)
WITH e, m ORDER BY e.id
SET e.mentionCount = e.mentionCount - m.count
DELETE m
RETURN collect(e.id) AS ids`;

const DELETE_UNMENTIONED = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e
RETURN count(e) AS entities`;

const DELETE_DOCUMENT = 'MATCH (d:Document {id: $docId}) DETACH DELETE d RETURN count(d) AS documents';

/** Removes exactly one document's evidence, inside the caller's transaction. */
export async function retractDocument(tx: ManagedTransaction, docId: string): Promise<RetractionCounts & { found: boolean }> {
  const m = await tx.run(RETRACT_MENTIONS, { docId });
  const s = await tx.run(RETRACT_STATEMENTS, { docId });
  const e = await tx.run(DELETE_UNMENTIONED, { ids: m.records[0]?.get('ids') ?? [] });
  const d = await tx.run(DELETE_DOCUMENT, { docId });
  return {
    found: d.records[0]?.get('documents') > 0,
    statements: s.records[0]?.get('statements') ?? 0,
    relations: s.records[0]?.get('relations') ?? 0,
    entities: e.records[0]?.get('entities') ?? 0,
  };
}
