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

const RETRACT_MENTIONS = `
MATCH (d:Document {id: $docId})<-[m:MENTIONED_IN]-(e:Entity)
SET e.mentionCount = e.mentionCount - m.count
DELETE m
WITH e
WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e
RETURN count(e) AS entities`;

const DELETE_DOCUMENT = 'MATCH (d:Document {id: $docId}) DETACH DELETE d RETURN count(d) AS documents';

/** Removes exactly one document's evidence, inside the caller's transaction. */
export async function retractDocument(tx: ManagedTransaction, docId: string): Promise<RetractionCounts & { found: boolean }> {
  const s = await tx.run(RETRACT_STATEMENTS, { docId });
  const m = await tx.run(RETRACT_MENTIONS, { docId });
  const d = await tx.run(DELETE_DOCUMENT, { docId });
  return {
    found: d.records[0]?.get('documents') > 0,
    statements: s.records[0]?.get('statements') ?? 0,
    relations: s.records[0]?.get('relations') ?? 0,
    entities: m.records[0]?.get('entities') ?? 0,
  };
}
