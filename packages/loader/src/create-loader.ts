import type { BookmarkManager, Driver } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { isNewsgraphError } from '@newsgraph/contract';
import { asRecord, documentIdOf } from './as-record';
import { LoaderError } from './errors';
import { loadBatch, type LoadOutcome } from './load-batch';
import { EntityVanished } from './write-batch';
import { prepareRecord, type PreparedRecord } from './prepare-record';
import { retractDocument, type RetractionCounts } from './retract-document';
import { ensureSchema, factIndexKeeper } from './schema';
import { isTimedOut, isUnavailable, waitForDatabase } from './wait-for-database';

export type { LoadOutcome } from './load-batch';

export interface LoadResult {
  documentId: string;
  outcome: LoadOutcome;
  triples: number;
  entities: number;
}

export interface LoadError {
  line: number;
  documentId: string | null;
  code: string;
  message: string;
}

export interface LoadSummary {
  created: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  /** Triples written (those of unchanged documents are not counted). */
  triples: number;
  /** Records read so far, loaded or not. */
  records: number;
  /** Batch transactions the driver ran again after a transient error (a deadlock between writers, a leader switch). */
  retries: number;
  /** True when `signal` stopped the load early: run it again to load the rest. */
  interrupted: boolean;
  /** One entry per record that was not loaded (the first 1000): where it was and why. */
  errors: LoadError[];
}

export interface LoaderOptions {
  driver: Driver;
  database?: string;
  /**
   * Triples per transaction in `loadRecords`; documents are never split, so a batch holds whole documents
   * until it reaches this many triples. 10,000: in the bench/load sweep throughput rose up to 10k and was flat
   * (within the noise of a shared machine) at 20k; see the README.
   */
  batchSize?: number;
  /**
   * Batches `loadRecords` writes at once, each in its own session and transaction. Batches hold disjoint
   * documents and take their entity locks in id order, so writers wait for each other instead of deadlocking;
   * a document seen again waits until every batch in flight has committed.
   */
  concurrency?: number;
  /** How long `loadRecords` waits, retrying with back-off, for a Neo4j that went away before it gives up (ms). */
  unavailableTimeout?: number;
  /**
   * The longest a write transaction (one batch, one record or one retraction) may run, in ms, waits for locks
   * included; the database stops and rolls back a longer one, and it fails with code TIMED_OUT. Unset: the
   * database's own `db.transaction.timeout` (none by default).
   */
  transactionTimeout?: number;
  /**
   * Bookmarks of every committed load go here, so reads through the same manager see them (read-your-writes
   * in a cluster). The default is the driver's `executeQueryBookmarkManager`, which `driver.executeQuery` uses.
   */
  bookmarkManager?: BookmarkManager;
  /** Called while waiting for the database to come back. */
  onWait?: (info: { attempt: number; delay: number; error: unknown }) => void;
}

export interface LoadRecordsOptions {
  onProgress?: (summary: LoadSummary) => void;
  /** Stops reading input when aborted (Ctrl-C): what is in flight commits, the partial batch is dropped, `interrupted` is set. */
  signal?: AbortSignal;
}

export interface Loader {
  /** Creates constraints and indexes if missing; runs once per loader before the first write. */
  ensureSchema(): Promise<void>;
  /** Loads one record atomically: nothing of it is stored if any part fails. */
  loadRecord(record: unknown): Promise<LoadResult>;
  /**
   * Loads a stream of records (objects or JSON lines) in batched transactions, with flat memory. Invalid records
   * are rejected with their line number and reason and the rest loads; a batch that fails is retried one record
   * at a time so a bad record cannot sink its neighbours.
   */
  loadRecords(records: AsyncIterable<unknown> | Iterable<unknown>, options?: LoadRecordsOptions): Promise<LoadSummary>;
  /** Retracts a document: its evidence, the facts and entities left without evidence, and the document itself. */
  deleteDocument(id: string): Promise<RetractionCounts & { found: boolean }>;
}

/** A failed write rolls back whole; the error says which document and whether retrying later can help. */
function classifyWriteError(err: unknown, docId: string, transactionTimeout?: number): unknown {
  if (isTimedOut(err)) {
    const limit =
      transactionTimeout === undefined ? "the database's transaction timeout" : `the transaction timeout of ${transactionTimeout} ms`;
    return new LoaderError(
      'TIMED_OUT',
      `writing ${docId} took longer than ${limit} and was rolled back: load smaller batches (NEWSGRAPH_LOAD_BATCH_SIZE) or allow more time (NEWSGRAPH_LOAD_TX_TIMEOUT)`,
      { cause: err },
    );
  }
  if (isUnavailable(err) && !(err instanceof LoaderError)) {
    return new LoaderError(
      'DATABASE_UNAVAILABLE',
      `Neo4j became unavailable while writing ${docId}; nothing of it was stored: run the load again`,
      { cause: err },
    );
  }
  if (!(err instanceof Neo4jError)) return err;
  return new LoaderError('WRITE_FAILED', `writing ${docId} failed and was rolled back (${err.code}: ${err.message.split('\n')[0]})`, {
    cause: err,
  });
}

const MAX_ERRORS = 1000;

interface Pending {
  line: number;
  record: PreparedRecord;
}

/** Creates a loader that writes extraction records to Neo4j, idempotently (same sha256: nothing changes). */
export function createLoader({
  driver,
  database = 'neo4j',
  batchSize = 10_000,
  concurrency = 2,
  unavailableTimeout = 60_000,
  transactionTimeout,
  bookmarkManager = driver.executeQueryBookmarkManager,
  onWait,
}: LoaderOptions): Loader {
  let schemaReady: Promise<void> | undefined;
  const schema = () =>
    (schemaReady ??= ensureSchema(driver, database).catch((err) => {
      schemaReady = undefined;
      throw err;
    }));

  const factIndexes = factIndexKeeper(driver, database);

  async function write(records: PreparedRecord[], stats?: { retries: number }): Promise<LoadOutcome[]> {
    await schema();
    await factIndexes(records.flatMap((r) => r.statements.map((s) => s.predicate)));
    const session = driver.session({ database, bookmarkManager });
    let attempts = 0;
    try {
      for (;;) {
        try {
          return await session.executeWrite(
            (tx) => {
              attempts += 1;
              return loadBatch(tx, records);
            },
            { timeout: transactionTimeout },
          );
        } catch (err) {
          // Rolled back whole; running it again after the retraction committed creates the entity afresh.
          if (!(err instanceof EntityVanished) || attempts >= 10) throw err;
        }
      }
    } finally {
      if (stats) stats.retries += Math.max(0, attempts - 1);
      await session.close();
    }
  }

  async function loadRecord(value: unknown): Promise<LoadResult> {
    const record = prepareRecord(asRecord(value));
    try {
      const [outcome] = await write([record]);
      return { documentId: record.document.id, outcome: outcome!, triples: record.tripleCount, entities: record.entities.length };
    } catch (err) {
      throw classifyWriteError(err, record.document.id, transactionTimeout);
    }
  }

  async function loadRecords(
    records: AsyncIterable<unknown> | Iterable<unknown>,
    { onProgress, signal }: LoadRecordsOptions = {},
  ): Promise<LoadSummary> {
    const summary: LoadSummary = {
      created: 0,
      replaced: 0,
      unchanged: 0,
      rejected: 0,
      triples: 0,
      records: 0,
      retries: 0,
      interrupted: false,
      errors: [],
    };
    const reject = (line: number, documentId: string | null, err: { code: string; message: string }) => {
      summary.rejected += 1;
      if (summary.errors.length < MAX_ERRORS) summary.errors.push({ line, documentId, code: err.code, message: err.message });
    };
    const account = (batch: Pending[], outcomes: LoadOutcome[]) =>
      outcomes.forEach((outcome, i) => {
        summary[outcome] += 1;
        if (outcome !== 'unchanged') summary.triples += batch[i]!.record.tripleCount;
      });
    const persist = (batch: Pending[]) =>
      waitForDatabase(
        () =>
          write(
            batch.map((p) => p.record),
            summary,
          ),
        { timeout: unavailableTimeout, onWait },
      );

    // A concurrent loader that wrote the same document first makes our CREATE fail its unique constraint;
    // running again then finds the document there and unchanged. A record that keeps failing is really refused.
    async function persistOne(pending: Pending): Promise<LoadOutcome[]> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await persist([pending]);
        } catch (err) {
          const raced = err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
          if (!raced || attempt >= 3) throw err;
        }
      }
    }

    async function commit(batch: Pending[]): Promise<void> {
      try {
        account(batch, await persist(batch));
      } catch (err) {
        if (isUnavailable(err)) throw err;
        // Something in the batch is refused (a constraint, a value Neo4j cannot store): find it, keep the rest.
        for (const pending of batch) {
          try {
            account([pending], await persistOne(pending));
          } catch (one) {
            const coded = classifyWriteError(one, pending.record.document.id, transactionTimeout);
            if (!isNewsgraphError(coded) || coded.code === 'DATABASE_UNAVAILABLE') throw coded;
            reject(pending.line, pending.record.document.id, coded);
          }
        }
      }
      onProgress?.(summary);
    }

    // Up to `concurrency` batches are written while the next is parsed and validated: Node's CPU and Neo4j's overlap.
    const inFlight = new Set<Promise<void>>();
    const inFlightIds = new Set<string>();
    let failure: { error: unknown } | undefined;
    let batch: Pending[] = [];
    let batchTriples = 0;
    const ids = new Set<string>();
    const settle = async (all: boolean) => {
      while (inFlight.size >= (all || failure ? 1 : Math.max(1, concurrency))) await Promise.race(inFlight);
      // Nothing of this load is still running when it reports a failure.
      if (failure) throw failure.error;
    };
    const flush = async () => {
      if (batch.length === 0) return;
      const ready = batch;
      batch = [];
      batchTriples = 0;
      ids.clear();
      await settle(false);
      for (const p of ready) inFlightIds.add(p.record.document.id);
      const done: Promise<void> = commit(ready)
        .catch((error) => void (failure ??= { error }))
        .finally(() => {
          inFlight.delete(done);
          for (const p of ready) inFlightIds.delete(p.record.document.id);
        });
      inFlight.add(done);
    };

    let line = 0;
    for await (const value of records) {
      if (signal?.aborted) {
        summary.interrupted = true;
        batch = [];
        break;
      }
      line += 1;
      summary.records += 1;
      let record: PreparedRecord;
      try {
        record = prepareRecord(asRecord(value));
      } catch (err) {
        if (!isNewsgraphError(err, 'INVALID_RECORD', 'INVALID_IDENTIFIER')) throw err;
        reject(line, documentIdOf(value), err);
        continue;
      }
      // Two versions of one document must not share a transaction, nor be written at once: the later one has
      // to see the earlier one committed.
      if (ids.has(record.document.id)) await flush();
      if (inFlightIds.has(record.document.id)) await settle(true);
      batch.push({ line, record });
      ids.add(record.document.id);
      batchTriples += Math.max(1, record.tripleCount);
      if (batchTriples >= batchSize) await flush();
    }
    await flush();
    await settle(true);
    onProgress?.(summary);
    return summary;
  }

  async function deleteDocument(id: string) {
    await schema();
    const session = driver.session({ database, bookmarkManager });
    try {
      return await session.executeWrite((tx) => retractDocument(tx, id), { timeout: transactionTimeout });
    } catch (err) {
      throw classifyWriteError(err, id, transactionTimeout);
    } finally {
      await session.close();
    }
  }

  return { ensureSchema: schema, loadRecord, loadRecords, deleteDocument };
}
