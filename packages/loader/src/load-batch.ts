import type { ManagedTransaction } from 'neo4j-driver';
import { planBatch } from './plan-batch';
import type { PreparedRecord } from './prepare-record';
import { retractDocument } from './retract-document';
import { KEEP_PLAN, writeBatch } from './write-batch';

export type LoadOutcome = 'created' | 'replaced' | 'unchanged';

export const CURRENT_VERSIONS = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256, d.extractor AS extractor`;

const version = (sha256: string, extractor: string | null) => `${sha256} ${extractor ?? ''}`;

/**
 * Loads several documents in the caller's transaction: unchanged ones (same sha256, same extractor) are skipped, changed
 * ones are retracted first, then everything new is written in one go. The check runs inside the
 * transaction, so a retried transaction (or a rerun after a crash) decides afresh and never doubles evidence.
 * Documents in `records` must have distinct ids.
 */
export async function loadBatch(tx: ManagedTransaction, records: PreparedRecord[]): Promise<LoadOutcome[]> {
  const found = await tx.run(CURRENT_VERSIONS, { ids: records.map((r) => r.document.id) });
  // A document is the same when its text and the extractor that read it are: a new extractor version re-reads it.
  const current = new Map<string, string>(found.records.map((r) => [r.get('id'), version(r.get('sha256'), r.get('extractor'))]));
  const outcomes: LoadOutcome[] = [];
  const toWrite: PreparedRecord[] = [];
  for (const record of records) {
    const existing = current.get(record.document.id);
    if (existing === version(record.document.sha256, record.document.extractor)) {
      outcomes.push('unchanged');
      continue;
    }
    if (existing !== undefined) await retractDocument(tx, record.document.id);
    outcomes.push(existing === undefined ? 'created' : 'replaced');
    toWrite.push(record);
  }
  await writeBatch(tx, planBatch(toWrite));
  return outcomes;
}
