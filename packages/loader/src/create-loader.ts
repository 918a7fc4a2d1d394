import type { Driver } from 'neo4j-driver';
import { isNewsgraphError, validateRecord, type ExtractionRecord } from '@newsgraph/contract';
import { Neo4jError } from 'neo4j-driver';
import { LoaderError } from './errors';
import { prepareRecord } from './prepare-record';
import { retractDocument, type RetractionCounts } from './retract-document';
import { ensureSchema } from './schema';
import { writeDocument } from './write-document';

export type LoadOutcome = 'created' | 'replaced' | 'unchanged';

export interface LoadResult {
  documentId: string;
  outcome: LoadOutcome;
  triples: number;
  entities: number;
}

export interface LoadSummary {
  created: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  triples: number;
  /** One entry per record that was not loaded: where it was and why. */
  errors: { line: number; documentId: string | null; code: string; message: string }[];
}

export interface LoaderOptions {
  driver: Driver;
  database?: string;
}

export interface Loader {
  /** Creates constraints and indexes if missing; runs once per loader before the first write. */
  ensureSchema(): Promise<void>;
  /** Loads one record atomically: nothing of it is stored if any part fails. */
  loadRecord(record: unknown): Promise<LoadResult>;
  /** Loads a stream of records (objects or JSON lines), rejecting invalid ones with their line number and reason and loading the rest. */
  loadRecords(records: AsyncIterable<unknown> | Iterable<unknown>, options?: { onProgress?: (s: LoadSummary) => void }): Promise<LoadSummary>;
  /** Retracts a document: its evidence, the facts and entities left without evidence, and the document itself. */
  deleteDocument(id: string): Promise<RetractionCounts & { found: boolean }>;
}

/** Checks a value (or a JSON line) against the contract, throwing a coded error that lists what is wrong. */
function asRecord(value: unknown): ExtractionRecord {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (err) {
      throw new LoaderError('INVALID_RECORD', `not JSON: ${(err as Error).message}`);
    }
  }
  const result = validateRecord(value);
  if (!result.ok) throw new LoaderError('INVALID_RECORD', `record breaks the extraction contract: ${result.errors.slice(0, 5).join('; ')}`);
  return result.record;
}

/** A failed write rolls back whole; the error says which document and whether retrying later can help. */
function classifyWriteError(err: unknown, docId: string): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (err.retriable || err.code === 'ServiceUnavailable' || err.code === 'SessionExpired') {
    return new LoaderError('DATABASE_UNAVAILABLE', `Neo4j became unavailable while writing ${docId}; nothing of it was stored: run the load again`, { cause: err });
  }
  return new LoaderError('WRITE_FAILED', `writing ${docId} failed and was rolled back (${err.code}: ${err.message.split('\n')[0]})`, { cause: err });
}

function documentIdOf(value: unknown): string | null {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    const id = (parsed as { document?: { id?: unknown } })?.document?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Creates a loader that writes extraction records to Neo4j, idempotently (same sha256: nothing changes). */
export function createLoader({ driver, database = 'neo4j' }: LoaderOptions): Loader {
  let schemaReady: Promise<void> | undefined;
  const schema = () => (schemaReady ??= ensureSchema(driver, database).catch((err) => {
    schemaReady = undefined;
    throw err;
  }));

  async function loadRecord(value: unknown): Promise<LoadResult> {
    const prepared = prepareRecord(asRecord(value));
    await schema();
    const session = driver.session({ database });
    try {
      const outcome = await session.executeWrite(async (tx): Promise<LoadOutcome> => {
        const found = await tx.run('MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256', { id: prepared.document.id });
        const existing: string | undefined = found.records[0]?.get('sha256');
        if (existing === prepared.document.sha256) return 'unchanged';
        if (existing !== undefined) await retractDocument(tx, prepared.document.id);
        await writeDocument(tx, prepared);
        return existing === undefined ? 'created' : 'replaced';
      });
      return { documentId: prepared.document.id, outcome, triples: prepared.tripleCount, entities: prepared.entities.length };
    } catch (err) {
      throw classifyWriteError(err, prepared.document.id);
    } finally {
      await session.close();
    }
  }

  async function loadRecords(records: AsyncIterable<unknown> | Iterable<unknown>, { onProgress }: { onProgress?: (s: LoadSummary) => void } = {}) {
    const summary: LoadSummary = { created: 0, replaced: 0, unchanged: 0, rejected: 0, triples: 0, errors: [] };
    let line = 0;
    for await (const value of records) {
      line += 1;
      try {
        const result = await loadRecord(value);
        summary[result.outcome] += 1;
        if (result.outcome !== 'unchanged') summary.triples += result.triples;
      } catch (err) {
        if (!isNewsgraphError(err, 'INVALID_RECORD', 'INVALID_IDENTIFIER')) throw err;
        summary.rejected += 1;
        const documentId = documentIdOf(value);
        summary.errors.push({ line, documentId, code: err.code, message: err.message });
      }
      onProgress?.(summary);
    }
    return summary;
  }

  async function deleteDocument(id: string) {
    await schema();
    const session = driver.session({ database });
    try {
      return await session.executeWrite((tx) => retractDocument(tx, id));
    } catch (err) {
      throw classifyWriteError(err, id);
    } finally {
      await session.close();
    }
  }

  return { ensureSchema: schema, loadRecord, loadRecords, deleteDocument };
}
