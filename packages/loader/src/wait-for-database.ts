import { Neo4jError } from 'neo4j-driver';
import { LoaderError } from './errors';

/**
 * True for a transaction the database stopped because it ran past its timeout: directly (TransactionTimedOut), or
 * while it waited for a lock (LockClientStopped, which the driver reports as a client error), or terminated.
 */
export function isTimedOut(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    err.code.includes('TransactionTimedOut') ||
    err.code.includes('Transaction.Terminated') ||
    err.code.endsWith('Transaction.LockClientStopped')
  );
}

/** True for failures that mean "the database is not there right now", as opposed to "this write is wrong". */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof LoaderError) return err.code === 'DATABASE_UNAVAILABLE';
  if (!(err instanceof Neo4jError)) return false;
  return (
    err.code === 'ServiceUnavailable' ||
    err.code === 'SessionExpired' ||
    err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    err.code === 'Neo.TransientError.Database.DatabaseUnavailable' ||
    err.code === 'Neo.ClientError.Database.DatabaseNotFound' // briefly, while a restarting server brings its databases up
  );
}

export interface WaitOptions {
  /** Give up once the database has been unreachable this long, in ms. */
  timeout: number;
  /** First pause between attempts; doubles up to `maxDelay`. */
  initialDelay?: number;
  maxDelay?: number;
  onWait?: (info: { attempt: number; delay: number; error: unknown }) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Runs `work`, and while it fails because Neo4j is unreachable (restart, network), waits with
 * exponential back-off and runs it again; after `timeout` ms of unavailability, fails with DATABASE_UNAVAILABLE.
 * `work` must be safe to repeat: here it is always a whole transaction, which either committed or left nothing.
 */
export async function waitForDatabase<T>(
  work: () => Promise<T>,
  { timeout, initialDelay = 250, maxDelay = 5_000, onWait, sleep = defaultSleep }: WaitOptions,
): Promise<T> {
  let since: number | undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      since ??= Date.now();
      const waited = Date.now() - since;
      if (waited >= timeout) {
        throw new LoaderError(
          'DATABASE_UNAVAILABLE',
          `Neo4j has been unreachable for ${Math.round(waited / 1000)} s (limit ${Math.round(timeout / 1000)} s): ${(err as Error).message.split('\n')[0]}. ` +
            'Everything committed before is kept; start Neo4j and run the same load again to resume',
          { cause: err },
        );
      }
      const delay = Math.min(maxDelay, initialDelay * 2 ** (attempt - 1), timeout - waited);
      onWait?.({ attempt, delay, error: err });
      await sleep(delay);
    }
  }
}
