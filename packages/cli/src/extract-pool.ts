import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '@newsgraph/extractor';
import type { WorkerJob, WorkerResult } from './extract-worker';

/** `line`: the record's JSON and a newline, UTF-8 encoded by the worker. */
export type PoolResult = { line: Uint8Array } | { error: string };

/** The compiled worker: tests run the TypeScript sources, so both src/ and dist/ point at dist/. */
const WORKER_FILE = resolve(__dirname, '../dist/extract-worker.js');

/**
 * A fixed set of worker threads that extract articles in parallel. Jobs go to the least busy worker and each
 * worker answers in order, so callers can keep results in input order by awaiting the promises in order.
 */
export class ExtractPool {
  private readonly workers: { worker: Worker; queued: number }[] = [];
  private readonly pending = new Map<number, (r: PoolResult) => void>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(WORKER_FILE);
      const slot = { worker, queued: 0 };
      worker.on('message', (r: WorkerResult) => {
        slot.queued -= 1;
        const settle = this.pending.get(r.id);
        this.pending.delete(r.id);
        settle?.('line' in r ? { line: r.line } : { error: r.error });
      });
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(slot);
    }
  }

  /** Extracts one article on a worker; resolves with the serialised record or the extractor's error message. */
  run(text: string, options: ExtractOptions): Promise<PoolResult> {
    const slot = this.workers.reduce((a, b) => (b.queued < a.queued ? b : a));
    const id = this.nextId++;
    slot.queued += 1;
    return new Promise((settle) => {
      this.pending.set(id, settle);
      slot.worker.postMessage({ id, text, options } satisfies WorkerJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private failAll(err: Error) {
    for (const settle of this.pending.values()) settle({ error: `extraction worker crashed: ${err.message}` });
    this.pending.clear();
  }
}
