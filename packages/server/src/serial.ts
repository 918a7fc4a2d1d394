/**
 * Runs the writes of one server one at a time. Concurrent ingests share hub entities (countries, big
 * organisations); run side by side, their transactions lock the same nodes and Neo4j breaks the cycles by failing
 * one with DeadlockDetected, which the driver retries until its retry time runs out under sustained load. In a
 * queue, each write takes its locks alone; a write takes tens of milliseconds, so the queue costs little, and
 * extraction (the CPU-bound part) stays outside it.
 */
export function createSerialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
