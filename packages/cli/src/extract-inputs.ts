import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { extract } from '@newsgraph/extractor';
import { ExtractPool, type PoolResult } from './extract-pool';
import { isProblem, listInputFiles, readInputFile, type InputDocument, type InputProblem } from './read-inputs';

/** One extracted document as a JSON line (the contract's record), or why an input produced none. */
export type ExtractItem = { json: string; source: string } | { problem: InputProblem };

export interface ExtractInputsOptions {
  /** Worker threads; 1 extracts in this thread. Default: one per core, or 1 for a single article file. */
  workers?: number;
  /** Add the extractor's learned layer (CoNLL04-trained tagger and relation classifier) to its rules. */
  learned?: boolean;
}

async function* readAll(files: string[]): AsyncGenerator<InputDocument | InputProblem> {
  for (const file of files) yield* readInputFile(file);
}

function inThread(doc: InputDocument, learned: boolean): PoolResult {
  try {
    const { text, ...options } = doc;
    return { json: JSON.stringify(extract(text, { ...options, learned })) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/**
 * Reads and extracts every article under `paths`, in input order, with a bounded number in flight, so memory stays
 * flat however large the corpus. A file that cannot be read or extracted becomes a problem item; the run goes on.
 */
export async function* extractInputs(
  paths: string[],
  { workers, learned = false }: ExtractInputsOptions = {},
): AsyncGenerator<ExtractItem> {
  const files = listInputFiles(paths);
  const single = files.length === 1 && extname(files[0]!).toLowerCase() !== '.jsonl';
  const size = Math.max(1, workers ?? (single ? 1 : availableParallelism()));
  const pool = size > 1 ? new ExtractPool(size) : null;
  // Settled in input order; a worker's result becomes a record line, or a problem naming the article.
  const inFlight: (ExtractItem | Promise<ExtractItem>)[] = [];
  const cap = size * 4;
  const toItem = (source: string, r: PoolResult): ExtractItem =>
    'json' in r ? { json: r.json, source } : { problem: { source, message: `${source}: ${r.error}` } };
  try {
    for await (const item of readAll(files)) {
      if (isProblem(item)) inFlight.push({ problem: item });
      else if (pool) {
        const { text, ...options } = item;
        inFlight.push(pool.run(text, { ...options, learned }).then((r) => toItem(item.source, r)));
      } else inFlight.push(toItem(item.source, inThread(item, learned)));
      while (inFlight.length >= cap || (!pool && inFlight.length > 0)) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await pool?.close();
  }
}

/** Counts what a run did, for the one-line summary every corpus command prints. */
export class RunSummary {
  ok = 0;
  readonly problems: InputProblem[] = [];

  add(item: ExtractItem): void {
    if ('problem' in item) this.problems.push(item.problem);
    else this.ok += 1;
  }

  get failed(): number {
    return this.problems.length;
  }
}
