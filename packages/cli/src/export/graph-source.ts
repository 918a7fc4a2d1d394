import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { CliError } from '../errors';
import type { StatementRow as LoaderStatementRow } from '@newsgraph/loader';

/** An entity as exported: the node's properties. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  subtype: string | null;
  aliases: string[];
  mentionCount: number;
}

/** A fact with its provenance: how many statements support it and which documents they come from. */
export interface FactRow {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  confidence: number;
  evidenceCount: number;
  negated: boolean;
  attributedTo: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  documentIds: string[];
}

export interface DocumentRow {
  id: string;
  sha256: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  extractor: string | null;
}

export interface MentionRow {
  entity: string;
  document: string;
  count: number;
  offsets: number[];
}

/** A statement as stored: the loader's row, read back. */
export type StatementRow = LoaderStatementRow;

/** What an exporter reads: each method streams its rows from the database, nodes before the edges that use them. */
export interface GraphSource {
  entities(): AsyncIterable<EntityRow>;
  facts(): AsyncIterable<FactRow>;
  documents(): AsyncIterable<DocumentRow>;
  mentions(): AsyncIterable<MentionRow>;
  statements(): AsyncIterable<StatementRow>;
}

export interface GraphSourceOptions {
  driver: Driver;
  database?: string;
  /** Export only the neighbourhood of this entity id. */
  entity?: string;
  /** Hops around `entity`, following facts either way. */
  depth?: number;
}

// Rows are built in Cypher with map projections so that records carry plain values; integers come back as JS
// numbers (disableLosslessIntegers below): counts and offsets are far below 2^53.
const ENTITY = 'e {.id, .name, .type, .subtype, aliases: coalesce(e.aliases, []), mentionCount: coalesce(e.mentionCount, 0)}';
const FACT = `{id: r.id, subject: a.id, predicate: type(r), object: b.id, confidence: r.confidence,
  evidenceCount: coalesce(r.evidenceCount, 0), negated: coalesce(r.negated, false), attributedTo: r.attributedTo,
  firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen),
  documentIds: COLLECT { MATCH (s:Statement {factId: r.id}) RETURN DISTINCT s.documentId ORDER BY s.documentId }}`;
const DOCUMENT = `d {.id, .sha256, .title, .source, publishedAt: toString(d.publishedAt), ingestedAt: toString(d.ingestedAt), .extractor}`;
const STATEMENT = `s {.id, .factId, .documentId, .predicate, .subject, .object, negated: coalesce(s.negated, false), .attributedTo,
  .confidence, .sentence, .start, .end, .text, .extractor}`;

const WHOLE = {
  entities: `MATCH (e:Entity) RETURN ${ENTITY} AS row ORDER BY e.id`,
  facts: `MATCH (a:Entity)-[r]->(b:Entity) RETURN ${FACT} AS row`,
  documents: `MATCH (d:Document) RETURN ${DOCUMENT} AS row ORDER BY d.id`,
  mentions: `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document) RETURN {entity: e.id, document: d.id, count: m.count, offsets: coalesce(m.offsets, [])} AS row`,
  statements: `MATCH (s:Statement) RETURN ${STATEMENT} AS row`,
};

// A neighbourhood keeps the facts among its entities, their evidence, and the documents that evidence cites.
const AROUND = {
  entities: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY} AS row ORDER BY e.id`,
  facts: `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE b.id IN $ids RETURN ${FACT} AS row`,
  documents: `UNWIND $docs AS id MATCH (d:Document {id: id}) RETURN ${DOCUMENT} AS row ORDER BY d.id`,
  mentions: `UNWIND $ids AS id MATCH (e:Entity {id: id})-[m:MENTIONED_IN]->(d:Document) WHERE d.id IN $docs
    RETURN {entity: e.id, document: d.id, count: m.count, offsets: coalesce(m.offsets, [])} AS row`,
  statements: `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE b.id IN $ids
    MATCH (s:Statement {factId: r.id}) RETURN ${STATEMENT} AS row`,
};

async function* stream<T>(session: () => Session, query: string, params: object): AsyncIterable<T> {
  const s = session();
  try {
    // Async iteration pulls records in fetch-size batches: memory stays flat whatever the graph's size.
    for await (const record of s.run(query, params)) yield record.get('row') as T;
  } finally {
    await s.close();
  }
}

/**
 * The entity ids within `depth` hops of `entity` (facts either way, never through documents), one read per hop:
 * a breadth-first walk costs one query per level instead of enumerating every path, which explodes around hubs.
 */
async function neighbourhoodIds(session: () => Session, entity: string, depth: number): Promise<string[]> {
  const s = session();
  try {
    const found = await s.run('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id: entity });
    if (!found.records.length) throw new CliError('INPUT_NOT_FOUND', `no entity with id ${JSON.stringify(entity)} in the database`);
    const seen = new Set([entity]);
    let frontier = [entity];
    for (let hop = 0; hop < depth && frontier.length; hop++) {
      const next = await s.run(
        'UNWIND $frontier AS id MATCH (:Entity {id: id})-[r]-(n:Entity) WHERE type(r) <> "MENTIONED_IN" RETURN DISTINCT n.id AS id',
        { frontier },
      );
      frontier = next.records.map((r) => r.get('id') as string).filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return [...seen].sort();
  } finally {
    await s.close();
  }
}

/** Opens a read-only view of the whole graph, or of one entity's neighbourhood. */
export async function openGraphSource({ driver, database = 'neo4j', entity, depth = 1 }: GraphSourceOptions): Promise<GraphSource> {
  const session = () => driver.session({ database, defaultAccessMode: neo4j.session.READ });
  if (entity === undefined) {
    return {
      entities: () => stream(session, WHOLE.entities, {}),
      facts: () => stream(session, WHOLE.facts, {}),
      documents: () => stream(session, WHOLE.documents, {}),
      mentions: () => stream(session, WHOLE.mentions, {}),
      statements: () => stream(session, WHOLE.statements, {}),
    };
  }
  const ids = await neighbourhoodIds(session, entity, depth);
  const s = session();
  let docs: string[];
  try {
    const res = await s.run(
      `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE b.id IN $ids
       MATCH (st:Statement {factId: r.id}) RETURN collect(DISTINCT st.documentId) AS docs`,
      { ids },
    );
    docs = ((res.records[0]?.get('docs') as string[] | undefined) ?? []).sort();
  } finally {
    await s.close();
  }
  return {
    entities: () => stream(session, AROUND.entities, { ids }),
    facts: () => stream(session, AROUND.facts, { ids }),
    documents: () => stream(session, AROUND.documents, { docs }),
    mentions: () => stream(session, AROUND.mentions, { ids, docs }),
    statements: () => stream(session, AROUND.statements, { ids }),
  };
}
