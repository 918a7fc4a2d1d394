import type { ManagedTransaction } from 'neo4j-driver';
import { assertIdentifier } from './identifiers';
import type { FactRow } from './fold-rows';
import type { BatchPlan } from './plan-batch';

// One row per entity of the whole batch, sorted by id (see plan-batch.ts). The type label is a dynamic
// label (Cypher 5.26): a parameter that never reaches the query string; its value is one of ENTITY_TYPES.
// One SET clause, no WITH in between: reading a property after writing it makes the planner insert Eager
// operators that buffer every row. Writing an unchanged value is a no-op for the store and its indexes.
export const WRITE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.subtype = row.subtype,
                e.aliases = row.aliases, e.mentionCount = row.count
  ON MATCH SET e.mentionCount = e.mentionCount + row.count,
               e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
               e.name = CASE WHEN size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name)
                             THEN row.name ELSE e.name END,
               e.subtype = coalesce(e.subtype, row.subtype)`;

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

// Which facts of the batch already exist, by their evidence (the factId index) from other documents: this
// batch's own statements are already written. The entity statement has already taken write locks on both
// ends of every fact of this batch, so no other loader can add or remove one of these facts until this
// transaction ends: the answer stays true until commit.
export const KNOWN_FACTS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement {factId: id})
  WHERE NOT s.documentId IN $documents
  RETURN s LIMIT 1
}
RETURN id`;

// New facts: CREATE with a dynamic type (Cypher 5.26; the type is a parameter that never reaches the query
// string, and passed the identifier whitelist anyway). MERGE would scan every relationship between the two
// entities to prove the fact absent, which between hubs such as two countries is thousands of db hits.
export const CREATE_FACTS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
CREATE (a)-[r:$(row.predicate)]->(b)
SET r.id = row.id, r.evidenceCount = row.n, r.confidence = 1.0 - row.q, r.negated = row.negated,
    r.attributedTo = row.attributedTo, r.firstSeen = datetime(), r.lastSeen = datetime()`;

/**
 * Facts that already have evidence: add this batch's. Confidence is the noisy-OR of all statements'
 * confidences, so each batch multiplies in its share q = Π(1 − c). The relationship is found by the
 * `r.id` index of its type (schema.ts, created before the first batch that uses the type; the type is spliced
 * in after the identifier whitelist): MERGE between the two entities would expand their relationships of that
 * type, thousands of db hits per row between hubs. Returns the ids it updated; a fact whose relationship was
 * removed by hand is not among them and is created again.
 */
export function updateFacts(predicate: string): string {
  return `
UNWIND $rows AS row
MATCH ()-[r:${assertIdentifier(predicate, 'predicate')} {id: row.id}]->()
SET r.evidenceCount = r.evidenceCount + row.n, r.confidence = 1.0 - (1.0 - r.confidence) * row.q, r.lastSeen = datetime()
RETURN row.id AS id`;
}

// Statements carry their own copy of the fact's ends and predicate: the server and retraction find a fact
// from its evidence between its two ends, and its evidence from the fact by the factId index.
export const WRITE_STATEMENTS = `
UNWIND $rows AS row
CREATE (s:Statement)
SET s = row`;

/**
 * A concurrent retraction deleted an entity (its last mention went) after this transaction's MERGE had found it
 * and before it had locked it: Neo4j then lets the writes to it and the MATCHes of it come to nothing. Every entity
 * of a batch has a mention, so a missing MENTIONED_IN shows it; the transaction is rolled back and run again,
 * when MERGE creates the entity afresh.
 */
export class EntityVanished extends Error {
  constructor(missing: number) {
    super(`${missing} entities of the batch were deleted by a concurrent retraction while it was written`);
    this.name = 'EntityVanished';
  }
}

/**
 * Writes a planned batch inside the caller's transaction. The statements go first: they are the bulk of the
 * work and lock nothing another batch needs, so a concurrent writer creates its statements while this one
 * holds the locks on shared entities (hubs), which it takes next and keeps until commit.
 */
export async function writeBatch(tx: ManagedTransaction, plan: BatchPlan): Promise<void> {
  if (plan.documents.length === 0) return;
  if (plan.statements.length > 0) await tx.run(WRITE_STATEMENTS, { rows: plan.statements });
  await tx.run(WRITE_ENTITIES, { rows: plan.entities });
  const linked = (await tx.run(WRITE_DOCUMENTS, { rows: plan.documents })).summary.counters.updates().relationshipsCreated;
  const mentions = plan.documents.reduce((n, d) => n + d.mentions.length, 0);
  if (linked !== mentions) throw new EntityVanished(mentions - linked);
  if (plan.facts.length > 0) {
    const found = await tx.run(KNOWN_FACTS, { ids: plan.facts.map((f) => f.id), documents: plan.documents.map((d) => d.id) });
    const known = new Set<string>(found.records.map((r) => r.get('id')));
    const byPredicate = new Map<string, FactRow[]>();
    for (const f of plan.facts) if (known.has(f.id)) byPredicate.set(f.predicate, [...(byPredicate.get(f.predicate) ?? []), f]);
    const updated = new Set<string>();
    for (const [predicate, rows] of byPredicate)
      for (const r of (await tx.run(updateFacts(predicate), { rows })).records) updated.add(r.get('id'));
    const fresh = plan.facts.filter((f) => !updated.has(f.id));
    if (fresh.length > 0) await tx.run(CREATE_FACTS, { rows: fresh });
  }
}
