import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import type { extract as Extract } from '@newsgraph/extractor';
import { ExtractPool, type PoolResult } from './extract-pool';
import { isProblem, listInputFiles, readInputFile, type InputDocument, type InputProblem } from './read-inputs';

/** One extracted document (the contract's record), or why an input produced none. */
export type ExtractItem = ExtractedRecord | { problem: InputProblem };

const utf8 = new TextDecoder();

/**
 * A record as JSON: `line` is its output line (JSON and a newline, UTF-8), as a worker encoded it, and `json` the
 * JSON text, decoded only when asked for (`kg extract` writes the bytes and never needs the text).
 */
export class ExtractedRecord {
  private text: string | undefined;
  private bytes: Uint8Array | undefined;

  constructor(
    readonly source: string,
    encoded: { json: string } | { line: Uint8Array },
  ) {
    if ('json' in encoded) this.text = encoded.json;
    else this.bytes = encoded.line;
  }

  get json(): string {
    this.text ??= utf8.decode(this.bytes!.subarray(0, this.bytes!.length - 1));
    return this.text;
  }

  get line(): Uint8Array {
    this.bytes ??= Buffer.from(this.text + '\n', 'utf8');
    return this.bytes;
  }
}

export interface ExtractInputsOptions {
  /** Worker threads; 1 extracts in this thread. Default: one per core, or 1 for a single article file. */
  workers?: number;
  /** Add the extractor's learned layer (CoNLL04-trained tagger and relation classifier) to its rules. */
  learned?: boolean;
}

async function* readAll(files: string[]): AsyncGenerator<InputDocument | InputProblem> {
  for (const file of files) yield* readInputFile(file);
}

let extractInThread: typeof Extract | undefined;

function inThread(doc: InputDocument, learned: boolean): { json: string } | { error: string } {
  try {
    // Loaded on first use: with a pool, only the workers load the extractor (its models and gazetteers take a core
    // for most of a second, which the main thread would take from the workers at start-up).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    extractInThread ??= (require('@newsgraph/extractor') as typeof import('@newsgraph/extractor')).extract;
    const { text, ...options } = doc;
    return { json: JSON.stringify(extractInThread(text, { ...options, learned })) };
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
  const toItem = (source: string, r: PoolResult | { json: string } | { error: string }): ExtractItem =>
    'error' in r ? { problem: { source, message: `${source}: ${r.error}` } } : new ExtractedRecord(source, r);
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
