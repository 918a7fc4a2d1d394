import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { isTimedOut } from '@newsgraph/loader';
import { apiError } from './errors';

export interface ReadOptions {
  driver: Driver;
  database: string;
  /** Transaction timeout in ms: a runaway traversal is stopped by the database, not by the client. */
  timeout: number;
  /** Counts round trips to the database; tests use it to prove that nested queries stay bounded. */
  onQuery?: (cypher: string, params: Row) => void;
  /** Pauses before each retry of a query that failed with a retriable error (ms); one entry per retry. */
  retryDelays?: readonly number[];
}

export type Row = Record<string, unknown>;

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A short, bounded retry: a read is idempotent, and a transient failure (a leader switch) usually clears at once. */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [50, 250];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs one parameterised read query and returns its rows as plain objects.
 *
 * An auto-commit transaction: RUN and PULL travel in one message to the database and the answer comes back in
 * one, where an explicit transaction (`executeRead`) costs BEGIN, RUN + PULL and COMMIT, three round trips, for
 * a single read statement (bench/api: 2.2 ms against 1.2 ms per trivial query). The transaction timeout applies
 * the same way; what `executeRead` added, retries on retriable errors, is done here, briefly (DEFAULT_RETRY_DELAYS).
 */
export async function read(
  { driver, database, timeout, onQuery, retryDelays = DEFAULT_RETRY_DELAYS }: ReadOptions,
  cypher: string,
  params: Row = {},
): Promise<Row[]> {
  onQuery?.(cypher, params);
  const cypherParams = asCypherParams(params);
  for (let attempt = 0; ; attempt += 1) {
    // The loader records its commits' bookmarks in this same manager, so on a cluster a read after an ingest
    // waits until the member it reads from has applied that ingest (read-your-writes).
    const session = driver.session({ database, defaultAccessMode: 'READ', bookmarkManager: driver.executeQueryBookmarkManager });
    try {
      const result = await session.run(cypher, cypherParams, { timeout });
      return result.records.map((r) => r.toObject());
    } catch (err) {
      const retry = err instanceof Neo4jError && err.retriable && !isTimedOut(err) && attempt < retryDelays.length;
      if (!retry) throw classifyDatabaseError(err);
    } finally {
      await session.close();
    }
    await sleep(retryDelays[attempt]!);
  }
}

/** JavaScript numbers reach Cypher as floats, which LIMIT refuses: whole numbers go as Cypher integers. */
function asCypherParams(params: Row): Row {
  const out: Row = {};
  for (const k in params) {
    const v = params[k];
    out[k] = Number.isSafeInteger(v) ? neo4j.int(v as number) : v;
  }
  return out;
}

/** Maps driver failures onto API codes: a timeout is LIMIT_EXCEEDED, an unreachable database DATABASE_UNAVAILABLE. */
export function classifyDatabaseError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (isTimedOut(err)) {
    return apiError(
      'LIMIT_EXCEEDED',
      'the query took longer than the server allows; narrow it (smaller depth, limit or fewer predicates)',
      err,
    );
  }
  if (UNAVAILABLE.has(err.code) || err.retriable)
    return apiError('DATABASE_UNAVAILABLE', 'the graph database is unavailable; try again shortly', err);
  return err;
}
