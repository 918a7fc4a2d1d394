import type { ManagedTransaction } from 'neo4j-driver';
import type { BatchPlan } from './plan-batch';

// One row per entity of the whole batch, sorted by id (see plan-batch.ts). The type label is a dynamic
// label (Cypher 5.26): a parameter that never reaches the query string; its value is one of ENTITY_TYPES.
// Properties are written only when they change: every write of name or aliases costs a full-text index update.
export const WRITE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.subtype = row.subtype,
                e.aliases = row.aliases, e.mentionCount = row.count
  ON MATCH SET e.mentionCount = e.mentionCount + row.count
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + added)
FOREACH (_ IN CASE WHEN size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name) THEN [1] ELSE [] END |
  SET e.name = row.name)
FOREACH (_ IN CASE WHEN e.subtype IS NULL AND row.subtype IS NOT NULL THEN [1] ELSE [] END | SET e.subtype = row.subtype)`;

// CREATE, not MERGE: the caller has just checked (in this transaction) that these documents are absent
// or retracted them. If a concurrent loader wins the race for one, the unique constraint fails this
// transaction instead of letting two loads add the same evidence twice.
export const WRITE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (d:Document {id: row.id, sha256: row.sha256, title: row.title, source: row.source, publishedAt: row.publishedAt,
                    extractor: row.extractor, ingestedAt: datetime()})
WITH d, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entity})
CREATE (e)-[:MENTIONED_IN {count: m.count, offsets: m.offsets}]->(d)`;

// One statement for every predicate: the relationship type is dynamic (Cypher 5.26), a parameter that
// never reaches the query string (prepareRecord has checked it against the identifier pattern anyway).
// Confidence is the noisy-OR of all statements' confidences: each batch multiplies in its share q = Π(1 − c).
export const WRITE_FACTS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
MERGE (a)-[r:$(row.predicate) {id: row.id}]->(b)
  ON CREATE SET r.evidenceCount = row.n, r.confidence = 1.0 - row.q, r.negated = row.negated,
                r.attributedTo = row.attributedTo, r.firstSeen = datetime(), r.lastSeen = datetime()
  ON MATCH SET r.evidenceCount = r.evidenceCount + row.n, r.confidence = 1.0 - (1.0 - r.confidence) * row.q,
               r.lastSeen = datetime()`;

// Statements carry their own copy of the fact's ends and predicate, so a fact is found from its evidence
// (and its evidence from the fact, by the factId index) without a relationship-property index.
export const WRITE_STATEMENTS = `
UNWIND $rows AS row
CREATE (s:Statement)
SET s = row`;

/** Writes a planned batch inside the caller's transaction: entities first, then their relationships. */
export async function writeBatch(tx: ManagedTransaction, plan: BatchPlan): Promise<void> {
  if (plan.documents.length === 0) return;
  await tx.run(WRITE_ENTITIES, { rows: plan.entities });
  await tx.run(WRITE_DOCUMENTS, { rows: plan.documents });
  if (plan.facts.length > 0) await tx.run(WRITE_FACTS, { rows: plan.facts });
  if (plan.statements.length > 0) await tx.run(WRITE_STATEMENTS, { rows: plan.statements });
}
