import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extractInputs, RunSummary } from '../extract-inputs';
import { reportProblems } from '../report';

/** `kg extract FILES|DIR [-o FILE]`: one JSON line per document, to stdout or a file. */
export async function extractCommand(paths: string[], { output }: { output?: string }): Promise<number> {
  const out: Writable = output ? createWriteStream(output) : process.stdout;
  const summary = new RunSummary();
  for await (const item of extractInputs(paths)) {
    summary.add(item);
    if ('record' in item && !out.write(JSON.stringify(item.record) + '\n')) await once(out, 'drain');
  }
  if (output) await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
  return reportProblems('extracted', summary);
}
