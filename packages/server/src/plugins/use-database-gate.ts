import type { Plugin } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { apiError } from '../errors';

export interface DatabaseHealthOptions {
  database?: string;
  /** A probe result younger than this is reused, in ms. */
  maxAge?: number;
  /**
   * A probe that has not answered after this long leaves the state as it was, in ms: a database that is gone
   * refuses connections at once, while a slow answer on a busy machine says nothing about availability. Short,
   * because requests that find the database down wait for the probe in flight: a probe sent while Neo4j is still
   * bringing its database up may hang until then, and must not delay the recovery it is there to notice.
   */
  probeTimeout?: number;
}

export interface DatabaseHealth {
  /** Runs a probe now (or joins the one in flight): false when the database refused the query or the connection. */
  probe(): Promise<boolean>;
  /** The last known state without waiting, refreshing it in the background when older than `maxAge`. */
  lastKnown(): boolean;
  /** Resolves when a probe finds the database down; probes every `every` ms until `signal` aborts. */
  whenDown(signal: AbortSignal, every: number): Promise<void>;
}

/**
 * Tracks whether the database answers, with one shared probe (an auto-commit `RETURN 1`, which the driver
 * never retries) at a time. Managed transactions (the loader's writes behind ingestDocument) retry a vanished
 * database for the driver's whole `maxTransactionRetryTime`; the probe tells within `probeTimeout`.
 */
export function databaseHealth(driver: Driver, { database = 'neo4j', maxAge = 500, probeTimeout = 1_000 }: DatabaseHealthOptions = {}) {
  let last = { at: 0, up: true };
  let inFlight: Promise<boolean> | undefined;

  async function query(): Promise<boolean> {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<boolean>((done) => (timer = setTimeout(() => done(last.up), probeTimeout)));
      const answered = session.run('RETURN 1', {}, { timeout: probeTimeout }).then(
        () => true,
        () => false,
      );
      return await Promise.race([answered, timeout]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  const probe = () =>
    (inFlight ??= query().then((up) => {
      last = { at: Date.now(), up };
      inFlight = undefined;
      return up;
    }));

  const health: DatabaseHealth = {
    probe,
    lastKnown() {
      if (Date.now() - last.at > maxAge) void probe();
      return last.up;
    },
    async whenDown(signal, every) {
      while (!signal.aborted) {
        await new Promise<void>((done) => {
          // One listener per wait, removed when the timer fires: a long request must not pile them up.
          const aborted = () => (clearTimeout(timer), done());
          const timer = setTimeout(() => (signal.removeEventListener('abort', aborted), done()), every);
          signal.addEventListener('abort', aborted, { once: true });
        });
        // Many slow requests watch at once: they share a probe younger than maxAge rather than each run one.
        const up = Date.now() - last.at <= maxAge ? last.up : await probe();
        if (!signal.aborted && !up) return;
      }
      await new Promise<never>(() => undefined); // aborted: the race it was in is already decided
    },
  };
  return health;
}

const unavailable = (): ExecutionResult => ({
  errors: [apiError('DATABASE_UNAVAILABLE', 'the graph database is unavailable; try again shortly')],
});

/** How often a running request checks that the database is still there, ms. */
export const DEFAULT_WATCH_EVERY = 1_000;

/**
 * Answers DATABASE_UNAVAILABLE at once while the database is known to be down, instead of holding the request
 * for the driver's retries; a request already running when the database goes away is answered the same way as
 * soon as a probe confirms it (checked every `watchEvery` ms). When the database comes back, the next probe
 * lets requests through again: nothing is cached beyond `maxAge`.
 */
export function useDatabaseGate(health: DatabaseHealth, { watchEvery = DEFAULT_WATCH_EVERY }: { watchEvery?: number } = {}): Plugin {
  return {
    async onExecute({ executeFn, setExecuteFn, setResultAndStopExecution }) {
      // Healthy: no wait at all. Known down: a fresh probe, so a database that just came back is seen at once.
      if (!health.lastKnown() && !(await health.probe())) {
        setResultAndStopExecution(unavailable());
        return;
      }
      setExecuteFn((args) => runWhileUp(health, () => executeFn(args) as Promise<ExecutionResult>, watchEvery));
    },
  };
}

/**
 * Runs an execution, answering DATABASE_UNAVAILABLE instead as soon as a probe (every `watchEvery` ms) finds
 * the database gone while it runs.
 */
export async function runWhileUp(
  health: DatabaseHealth,
  execute: () => Promise<ExecutionResult> | ExecutionResult,
  watchEvery: number,
): Promise<ExecutionResult> {
  const stop = new AbortController();
  try {
    return await Promise.race([execute(), health.whenDown(stop.signal, watchEvery).then(unavailable)]);
  } finally {
    stop.abort();
  }
}
