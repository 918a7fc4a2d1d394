import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { apiError } from './errors';

export interface ReadOptions {
  driver: Driver;
  database: string;
  /** Transaction timeout in ms: a runaway traversal is stopped by the database, not by the client. */
  timeout: number;
  /** Counts round trips to the database; tests use it to prove that nested queries stay bounded. */
  onQuery?: (cypher: string, params: Row) => void;
}

export type Row = Record<string, unknown>;

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Runs one parameterised read query in a read transaction and returns its rows as plain objects. */
export async function read({ driver, database, timeout, onQuery }: ReadOptions, cypher: string, params: Row = {}): Promise<Row[]> {
  onQuery?.(cypher, params);
  // The loader records its commits' bookmarks in this same manager, so on a cluster a read after an ingest
  // waits until the member it reads from has applied that ingest (read-your-writes).
  const session = driver.session({ database, defaultAccessMode: 'READ', bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, asCypherParams(params)), { timeout });
    return result.records.map((r) => r.toObject());
  } catch (err) {
    throw classifyDatabaseError(err);
  } finally {
    await session.close();
  }
}

/** JavaScript numbers reach Cypher as floats, which LIMIT refuses: whole numbers go as Cypher integers. */
function asCypherParams(params: Row): Row {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));
}

/** Maps driver failures onto API codes: an unreachable database is DATABASE_UNAVAILABLE, a timeout LIMIT_EXCEEDED. */
export function classifyDatabaseError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (UNAVAILABLE.has(err.code) || err.retriable)
    return apiError('DATABASE_UNAVAILABLE', 'the graph database is unavailable; try again shortly', err);
  if (err.code.includes('TransactionTimedOut') || err.code.includes('Terminated')) {
    return apiError(
      'LIMIT_EXCEEDED',
      'the query took longer than the server allows; narrow it (smaller depth, limit or fewer predicates)',
      err,
    );
  }
  return err;
}
