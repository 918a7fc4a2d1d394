import type { ManagedTransaction } from 'neo4j-driver';
import { assertIdentifier } from './identifiers';
import type { FactRow } from './fold-rows';
import type { BatchPlan } from './plan-batch';

/**
 * The write statements' plans are fixed by unique-constraint seeks and index hints, not by statistics, so a cached
 * plan is kept even when the counts it was made with are stale. Without this, a load into a growing database
 * replans every statement whenever the counts have moved enough and ten seconds have passed: every batch of a big
 * load, at several hundred ms of CPU per statement (and seconds for the fact update's UNION) on a small machine.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

// One row per entity of the whole batch, sorted by id (see plan-batch.ts). The type label is a dynamic
// label (Cypher 5.26): a parameter that never reaches the query string; its value is one of ENTITY_TYPES.
// One SET clause, no WITH in between: reading a property after writing it makes the planner insert Eager
// operators that buffer every row. Writing an unchanged value is a no-op for the store and its indexes.
export const WRITE_ENTITIES = `${KEEP_PLAN}
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
export const WRITE_DOCUMENTS = `${KEEP_PLAN}
UNWIND $rows AS row
CREATE (d:Document {id: row.id, sha256: row.sha256, title: row.title, source: row.source, publishedAt: row.publishedAt,
                    extractor: row.extractor, ingestedAt: datetime()})
WITH d, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entity})
CREATE (e)-[:MENTIONED_IN {count: m.count, offsets: m.offsets}]->(d)`;

// New facts: CREATE with a dynamic type (Cypher 5.26; the type is a parameter that never reaches the query
// string, and passed the identifier whitelist anyway). MERGE would scan every relationship between the two
// entities to prove the fact absent, which between hubs such as two countries is thousands of db hits.
export const CREATE_FACTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
CREATE (a)-[r:$(row.predicate)]->(b)
SET r.id = row.id, r.evidenceCount = row.n, r.confidence = 1.0 - row.q, r.negated = row.negated,
    r.attributedTo = row.attributedTo, r.firstSeen = datetime(), r.lastSeen = datetime()`;

/**
 * Facts that already have evidence, from earlier batches: add this batch's. Confidence is the noisy-OR of all
 * statements' confidences, so each batch multiplies in its share q = Π(1 − c). A fact is found by the `r.id`
 * index of its type (schema.ts, created before the first batch that uses the type): MERGE between the two
 * entities would expand their relationships, thousands of db hits per row between hubs. One statement for all
 * the types of a batch, one UNION branch per type that unwinds only that type's rows (`$rows[i]`, the rows of
 * `types[i]`): a branch that filtered all rows by type would seek every row in every type's index. The index is a
 * hint, not the planner's choice: a plan made while the type had few relationships (the first batches of a load
 * into an empty database) would otherwise scan them all, and stay cached while they grow. The types are
 * spliced in after the identifier whitelist, sorted, so batches with the same types share one cached plan. The
 * entity statement has already locked both ends of every fact of the batch, so no other loader can add or remove
 * one of them until this transaction ends. Returns the ids it updated; the rest are new (or their relationship was
 * removed by hand) and CREATE_FACTS creates them.
 */
export function updateFacts(types: readonly string[]): string {
  if (types.length === 0) throw new Error('updateFacts needs at least one predicate');
  const branches = types.map(
    (type, i) => `UNWIND $rows[${i}] AS row
MATCH ()-[r:${assertIdentifier(type, 'predicate')} {id: row.id}]->() USING INDEX r:${type}(id)
SET r.evidenceCount = r.evidenceCount + row.n, r.confidence = 1.0 - (1.0 - r.confidence) * row.q, r.lastSeen = datetime()
RETURN row.id AS id`,
  );
  return `${KEEP_PLAN}\n${branches.join('\nUNION ALL\n')}`;
}

/** The facts of a batch by type, in the order and shape `updateFacts` takes: `{ types, rows }` with `rows[i]` of `types[i]`. */
export function factsByType(facts: readonly FactRow[]): { types: string[]; rows: FactRow[][] } {
  const groups = new Map<string, FactRow[]>();
  for (const f of facts) {
    const group = groups.get(f.predicate);
    if (group) group.push(f);
    else groups.set(f.predicate, [f]);
  }
  const types = [...groups.keys()].sort();
  return { types, rows: types.map((t) => groups.get(t)!) };
}

// Statements carry their own copy of the fact's ends and predicate: the server and retraction find a fact
// from its evidence between its two ends, and its evidence from the fact by the factId index.
export const WRITE_STATEMENTS = `${KEEP_PLAN}
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
    const { types, rows } = factsByType(plan.facts);
    const updated = new Set<string>((await tx.run(updateFacts(types), { rows })).records.map((r) => r.get('id')));
    const fresh = updated.size === 0 ? plan.facts : plan.facts.filter((f) => !updated.has(f.id));
    if (fresh.length > 0) await tx.run(CREATE_FACTS, { rows: fresh });
  }
}
