import type { ManagedTransaction } from 'neo4j-driver';
import { assertIdentifier } from './identifiers';
import type { BatchPlan } from './plan-batch';

// CREATE, not MERGE: the caller has just checked (in this transaction) that these documents are absent
// or retracted them. If a concurrent loader wins the race for one, the unique constraint fails this
// transaction instead of letting two loads add the same evidence twice.
export const WRITE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d.sha256 = row.sha256, d.title = row.title, d.source = row.source, d.publishedAt = row.publishedAt,
    d.extractor = row.extractor, d.ingestedAt = datetime()`;

// One row per entity of the whole batch, sorted by id (see plan-batch.ts). The type label is a dynamic
// label (Cypher 5.26), a parameter that never reaches the query string; its value is one of ENTITY_TYPES.
export const WRITE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.subtype = row.subtype,
                e.aliases = row.aliases, e.mentionCount = row.count
  ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
               e.mentionCount = e.mentionCount + row.count,
               e.name = CASE WHEN size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name)
                             THEN row.name ELSE e.name END,
               e.subtype = coalesce(e.subtype, row.subtype)`;

export const WRITE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (e)-[:MENTIONED_IN {count: row.count, offsets: row.offsets}]->(d)`;

/**
 * The statement for one predicate (relationship types are not parameters in MERGE patterns the planner
 * can expand by type; `predicate` passed the identifier whitelist). Confidence is the noisy-OR of all
 * statements' confidences: each batch multiplies in its share q = Π(1 − c).
 */
export function writeFacts(predicate: string): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
MERGE (a)-[r:${assertIdentifier(predicate, 'predicate')} {id: row.id}]->(b)
  ON CREATE SET r.evidenceCount = row.n, r.confidence = 1.0 - row.q, r.negated = row.negated,
                r.attributedTo = row.attributedTo, r.firstSeen = datetime(), r.lastSeen = datetime()
  ON MATCH SET r.evidenceCount = r.evidenceCount + row.n, r.confidence = 1.0 - (1.0 - r.confidence) * row.q,
               r.lastSeen = datetime()`;
}

// Statements carry their own copy of the fact's ends and predicate, so a fact is found from its evidence
// (and its evidence from the fact, by the factId index) without a relationship-property index.
export const WRITE_STATEMENTS = `
UNWIND $rows AS row
CREATE (s:Statement)
SET s = row`;

/** Writes a planned batch inside the caller's transaction: entities first, then their relationships. */
export async function writeBatch(tx: ManagedTransaction, plan: BatchPlan): Promise<void> {
  if (plan.documents.length === 0) return;
  await tx.run(WRITE_DOCUMENTS, { rows: plan.documents });
  await tx.run(WRITE_ENTITIES, { rows: plan.entities });
  await tx.run(WRITE_MENTIONS, { rows: plan.mentions });
  for (const [predicate, rows] of plan.factsByPredicate) await tx.run(writeFacts(predicate), { rows });
  if (plan.statements.length > 0) await tx.run(WRITE_STATEMENTS, { rows: plan.statements });
}
