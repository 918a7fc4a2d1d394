import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createLoader, type LoadSummary } from '@newsgraph/loader';
import type { Config } from '../config';
import { CliError } from '../errors';
import { openDriver } from '../neo4j-control';
import { createProgress } from '../progress';

/** Prints what a load did; rejected records are listed with their line numbers. Exit code 1 if any was rejected. */
export function reportLoad(summary: LoadSummary, seconds: number): number {
  for (const e of summary.errors) console.error(`kg: line ${e.line}${e.documentId ? ` (${e.documentId})` : ''} rejected: ${e.message}`);
  const rate = seconds > 0 ? Math.round(summary.triples / seconds) : summary.triples;
  console.error(
    `kg: loaded ${summary.created} new, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.rejected} rejected; ` +
      `${summary.triples} triples in ${seconds.toFixed(1)} s (${rate} triples/s)`,
  );
  return summary.rejected ? 1 : 0;
}

/** `kg load FILE.jsonl`: streams records into Neo4j. Each document is one transaction, so a rerun resumes cleanly. */
export async function loadCommand(file: string, config: Config): Promise<number> {
  if (!existsSync(file)) throw new CliError('INPUT_NOT_FOUND', `${file} does not exist: give the JSON Lines file that 'kg extract' wrote`);
  const driver = await openDriver(config);
  const started = Date.now();
  const total = statSync(file).size;
  const progress = createProgress(total, 'bytes', '| {docs} docs, {triples} triples ');
  let bytes = 0;
  async function* lines() {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      bytes += Buffer.byteLength(line) + 1;
      if (line.trim()) yield line;
    }
  }
  try {
    const loader = createLoader({ driver, database: config.neo4j.database });
    const summary = await loader.loadRecords(lines(), {
      onProgress: (s) => progress.update(bytes, { docs: s.created + s.replaced + s.unchanged, triples: s.triples }),
    });
    progress.stop();
    return reportLoad(summary, (Date.now() - started) / 1000);
  } finally {
    progress.stop();
    await driver.close();
  }
}
