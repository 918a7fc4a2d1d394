// A worker thread of the extraction pool: extracts the articles it is sent, one at a time, and sends back
// the record already serialised, so JSON encoding also runs in parallel.
import { parentPort } from 'node:worker_threads';
import { extract, type ExtractOptions } from '@newsgraph/extractor';

export interface WorkerJob {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type WorkerResult = { id: number; json: string } | { id: number; error: string };

parentPort?.on('message', ({ id, text, options }: WorkerJob) => {
  let result: WorkerResult;
  try {
    result = { id, json: JSON.stringify(extract(text, options)) };
  } catch (err) {
    result = { id, error: (err as Error).message };
  }
  parentPort!.postMessage(result);
});
