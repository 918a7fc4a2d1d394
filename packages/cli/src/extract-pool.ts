import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '@newsgraph/extractor';
import type { WorkerJob, WorkerResult } from './extract-worker';

/** `line`: the record's JSON and a newline, UTF-8 encoded by the worker. */
export type PoolResult = { line: Uint8Array } | { error: string };

/** The compiled worker: tests run the TypeScript sources, so both src/ and dist/ point at dist/. */
const WORKER_FILE = resolve(__dirname, '../dist/extract-worker.js');

/** One worker thread and the jobs it has been given and not answered yet. */
interface Slot {
  worker: Worker;
  pending: Map<number, (r: PoolResult) => void>;
  dead: boolean;
}

/**
 * A fixed set of worker threads that extract articles in parallel. Jobs go to the least busy worker and each
 * worker answers in order, so callers can keep results in input order by awaiting the promises in order. A worker
 * that dies (out of memory on a giant article, a crash) fails only the jobs it held, each with a reason, and is
 * replaced, so the run goes on.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly workerFile = WORKER_FILE,
  ) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.start());
  }

  /** Extracts one article on a worker; resolves with the serialised record or the extractor's error message. */
  run(text: string, options: ExtractOptions): Promise<PoolResult> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((settle) => {
      slot.pending.set(id, settle);
      slot.worker.postMessage({ id, text, options } satisfies WorkerJob);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile), pending: new Map(), dead: false };
    slot.worker.on('message', (r: WorkerResult) => {
      const settle = slot.pending.get(r.id);
      slot.pending.delete(r.id);
      settle?.('line' in r ? { line: r.line } : { error: r.error });
    });
    slot.worker.on('error', (err) => this.fail(slot, err.message));
    slot.worker.on('exit', (code) => this.fail(slot, `it exited with code ${code}`));
    return slot;
  }

  private fail(slot: Slot, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    for (const settle of slot.pending.values()) settle({ error: `extraction worker crashed: ${reason}` });
    slot.pending.clear();
    if (this.closing) return;
    const k = this.slots.indexOf(slot);
    if (k >= 0) this.slots[k] = this.start();
  }
}
