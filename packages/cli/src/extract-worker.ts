// A worker thread of the extraction pool: extracts the articles it is sent, one at a time, and sends back the
// record already serialised and UTF-8 encoded as its output line, in a buffer it hands over without a copy, so JSON
// and UTF-8 encoding run in parallel too and the main thread only writes bytes.
import { parentPort } from 'node:worker_threads';
import { extract, type ExtractOptions } from '@newsgraph/extractor';

export interface WorkerJob {
  id: number;
  text: string;
  options: ExtractOptions;
}

/** `line`: the record's JSON followed by a newline, UTF-8. */
export type WorkerResult = { id: number; line: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, text, options }: WorkerJob) => {
  let line: Uint8Array;
  try {
    line = Buffer.from(JSON.stringify(extract(text, options)) + '\n', 'utf8');
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message } satisfies WorkerResult);
    return;
  }
  // A Buffer this small may share a pooled ArrayBuffer with others: copy it into one of its own to transfer it.
  const own = line.byteOffset === 0 && line.byteLength === line.buffer.byteLength ? line : new Uint8Array(line);
  parentPort!.postMessage({ id, line: own } satisfies WorkerResult, [own.buffer as ArrayBuffer]);
});
