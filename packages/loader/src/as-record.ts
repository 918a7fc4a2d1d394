import { validateRecord, type ExtractionRecord } from '@newsgraph/contract';
import { LoaderError } from './errors';

/** Checks a value (or a JSON line) against the contract, throwing a coded error that lists what is wrong. */
export function asRecord(value: unknown): ExtractionRecord {
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

/** The document id of a record that failed, for the error list; null when even that cannot be read. */
export function documentIdOf(value: unknown): string | null {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    const id = (parsed as { document?: { id?: unknown } })?.document?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
