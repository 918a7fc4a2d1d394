import type { ManagedTransaction } from 'neo4j-driver';
import type { PreparedRecord } from './prepare-record';

const WRITE_DOCUMENT = `
MERGE (d:Document {id: $doc.id})
SET d.sha256 = $doc.sha256, d.title = $doc.title, d.source = $doc.source, d.publishedAt = $doc.publishedAt,
    d.extractor = $doc.extractor, d.ingestedAt = datetime()`;

// Labels cannot be parameters; the FOREACH switches keep this one plan-cached statement for all six types.
const WRITE_ENTITIES = `
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.subtype = row.subtype, e.aliases = [], e.mentionCount = 0
SET e.aliases = reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.mentionCount = e.mentionCount + row.count,
    e.name = CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END,
    e.subtype = coalesce(e.subtype, row.subtype)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN row.type = 'Other' THEN [1] ELSE [] END | SET e:Other)
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.offsets = row.offsets`;

/** The statement for one predicate; `predicate` has been checked against the identifier pattern. */
function writeStatements(predicate: string): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
MERGE (a)-[r:${predicate} {id: row.factId}]->(b)
  ON CREATE SET r.evidenceCount = 0, r.confidence = 0.0, r.negated = row.negated, r.attributedTo = row.attributedTo,
                r.firstSeen = datetime()
SET r.evidenceCount = r.evidenceCount + 1,
    r.confidence = 1.0 - (1.0 - r.confidence) * (1.0 - row.confidence),
    r.lastSeen = datetime()
CREATE (s:Statement {id: row.id, factId: row.factId, documentId: $docId, predicate: $predicate,
                     subject: row.subject, object: row.object, negated: row.negated, attributedTo: row.attributedTo,
                     confidence: row.confidence, sentence: row.sentence, start: row.start, end: row.end,
                     text: row.text, extractor: $extractor})`;
}

/**
 * Writes one document, its entities, mentions and statements, inside the caller's transaction.
 * Confidence of a fact is the noisy-OR of its statements' confidences: more independent evidence, more belief.
 */
export async function writeDocument(tx: ManagedTransaction, record: PreparedRecord): Promise<void> {
  const docId = record.document.id;
  await tx.run(WRITE_DOCUMENT, { doc: record.document });
  await tx.run(WRITE_ENTITIES, { docId, rows: record.entities });
  for (const [predicate, rows] of record.statementsByPredicate) {
    await tx.run(writeStatements(predicate), { docId, predicate, rows, extractor: record.document.extractor });
  }
}
