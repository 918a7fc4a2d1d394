import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createLoader, type LoadSummary } from '@newsgraph/loader';
import type { Config } from '../config';
import { CliError } from '../errors';
import { openDriver } from '../neo4j-control';
import { createProgress } from '../progress';

/** Flags of `kg load`; each falls back to its environment variable (read in config.ts), then to the loader's default. */
export interface LoadCommandOptions {
  /** Triples per transaction (--batch-size, NEWSGRAPH_LOAD_BATCH_SIZE). */
  batchSize?: number | string;
  /** Seconds to wait for an unreachable Neo4j before failing (--retry-timeout, NEWSGRAPH_LOAD_RETRY_TIMEOUT; default 60). */
  retryTimeout?: number | string;
  /** Seconds a batch's transaction may run before the database rolls it back (--tx-timeout, NEWSGRAPH_LOAD_TX_TIMEOUT). */
  txTimeout?: number | string;
}

function positive(value: number | string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError('USAGE', `${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

/** Prints what a load did; rejected records are listed with their line numbers. Exit code 1 if any was rejected. */
export function reportLoad(summary: LoadSummary, seconds: number): number {
  for (const e of summary.errors) console.error(`kg: line ${e.line}${e.documentId ? ` (${e.documentId})` : ''} rejected: ${e.message}`);
  if (summary.rejected > summary.errors.length)
    console.error(`kg: ... and ${summary.rejected - summary.errors.length} more rejected records`);
  const rate = seconds > 0 ? Math.round(summary.triples / seconds) : summary.triples;
  console.error(
    `kg: loaded ${summary.created} new, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.rejected} rejected; ` +
      `${summary.triples} triples in ${seconds.toFixed(1)} s (${rate} triples/s)`,
  );
  if (summary.retries > 0)
    console.error(`kg: ${summary.retries} batch transactions were retried after transient errors (deadlocks between writers)`);
  if (summary.interrupted)
    console.error(`kg: interrupted after ${summary.records} records; everything committed is kept: run the same command again to finish`);
  return summary.rejected || summary.interrupted ? 1 : 0;
}

/**
 * `kg load FILE.jsonl`: streams records into Neo4j in batched transactions with flat memory. Every committed
 * batch stays, and documents already there with the same sha256 are skipped, so after Ctrl-C, a crash or a
 * Neo4j restart the same command finishes the job without duplicates.
 */
export async function loadCommand(file: string, config: Config, options: LoadCommandOptions = {}): Promise<number> {
  if (!existsSync(file)) throw new CliError('INPUT_NOT_FOUND', `${file} does not exist: give the JSON Lines file that 'kg extract' wrote`);
  const batchSize = positive(options.batchSize ?? config.load.batchSize, 'batch size (--batch-size / NEWSGRAPH_LOAD_BATCH_SIZE)');
  const retryTimeout =
    positive(options.retryTimeout ?? config.load.retryTimeout, 'retry timeout (--retry-timeout / NEWSGRAPH_LOAD_RETRY_TIMEOUT)') ?? 60;
  const txTimeout = positive(options.txTimeout ?? config.load.txTimeout, 'transaction timeout (--tx-timeout / NEWSGRAPH_LOAD_TX_TIMEOUT)');
  const driver = await openDriver(config);
  const started = Date.now();
  const progress = createProgress(statSync(file).size, 'bytes', '| {records} records | {triples} triples, {tps} triples/s ');
  let bytes = 0;
  async function* lines() {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      bytes += Buffer.byteLength(line) + 1;
      yield line;
    }
  }
  // First Ctrl-C: stop reading, let the batch in flight commit, report. Second: leave at once (nothing half-written stays).
  const abort = new AbortController();
  const onSignal = () => {
    if (abort.signal.aborted) process.exit(130);
    console.error('\nkg: stopping after the batch in flight (Ctrl-C again to quit at once) ...');
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const loader = createLoader({
      driver,
      database: config.neo4j.database,
      batchSize,
      unavailableTimeout: retryTimeout * 1000,
      transactionTimeout: txTimeout === undefined ? undefined : txTimeout * 1000,
      onWait: ({ attempt, delay }) =>
        console.error(
          `\nkg: Neo4j is unreachable; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt}, giving up after ${retryTimeout} s)`,
        ),
    });
    const summary = await loader.loadRecords(lines(), {
      signal: abort.signal,
      onProgress: (s) => {
        const seconds = (Date.now() - started) / 1000;
        progress.update(bytes, { records: s.records, triples: s.triples, tps: seconds > 0 ? Math.round(s.triples / seconds) : 0 });
      },
    });
    progress.stop();
    return reportLoad(summary, (Date.now() - started) / 1000);
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await driver.close();
  }
}
