import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extractInputs, RunSummary } from '../extract-inputs';
import { createProgress } from '../progress';
import { reportProblems } from '../report';

/** `kg extract FILES|DIR [-o FILE] [--workers N] [--learned]`: one JSON line per document, to stdout or a file. */
export async function extractCommand(
  paths: string[],
  { output, workers, learned }: { output?: string; workers?: number; learned?: boolean },
): Promise<number> {
  const out: Writable = output ? createWriteStream(output) : process.stdout;
  const summary = new RunSummary();
  // The number of articles is unknown until the end (a .jsonl holds many), so the bar counts up without a total.
  const progress = createProgress(0, 'docs');
  try {
    for await (const item of extractInputs(paths, { workers, learned })) {
      summary.add(item);
      progress.update(summary.ok + summary.failed);
      if ('line' in item && !out.write(item.line)) await once(out, 'drain');
    }
  } finally {
    progress.stop();
  }
  if (output) await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
  return reportProblems('extracted', summary);
}
