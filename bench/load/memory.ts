/**
 * The loader's memory on its own: runs the real `loadRecords` pipeline (read, parse, validate, prepare, batch, plan,
 * queue) over a JSON Lines file against a stub database that answers every statement after a delay, and prints the
 * peak RSS and heap in use. Run it with and without a heap limit to tell the loader's live data from V8's lazy GC:
 *   node [--max-old-space-size=128] --import tsx bench/load/memory.ts --file F [--batch-size 10000] [--delay 20]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createLoader } from '@newsgraph/loader';

const { values } = parseArgs({
  options: { file: { type: 'string' }, 'batch-size': { type: 'string' }, concurrency: { type: 'string' }, delay: { type: 'string' } },
});
const delay = Number(values.delay ?? 20);

// Answers like Neo4j would as far as the loader looks: the documents statement reports one relationship per mention.
const tx = {
  async run(query: string, params: { rows?: { mentions?: unknown[] }[] } = {}) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const links = query.includes('CREATE (d:Document') ? (params.rows ?? []).reduce((n, d) => n + (d.mentions?.length ?? 0), 0) : 0;
    return { records: [], summary: { counters: { updates: () => ({ relationshipsCreated: links }) } } };
  },
};
const stub = {
  session: () => ({ executeWrite: <T>(work: (t: typeof tx) => T) => work(tx), run: () => tx.run(''), close: async () => {} }),
} as unknown as Driver;

async function main(): Promise<void> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  setInterval(sample, 50).unref();
  const loader = createLoader({
    driver: stub,
    batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
    concurrency: values.concurrency ? Number(values.concurrency) : undefined,
  });
  const started = performance.now();
  const summary = await loader.loadRecords(createInterface({ input: createReadStream(values.file!, 'utf8'), crlfDelay: Infinity }));
  sample();
  const mb = (n: number) => Math.round(n / 1e6);
  console.log(
    JSON.stringify({
      triples: summary.triples,
      rejected: summary.rejected,
      seconds: +((performance.now() - started) / 1000).toFixed(1),
      peakRssMB: Math.max(mb(peakRss), Math.round(process.resourceUsage().maxRSS / 1024)),
      peakHeapUsedMB: mb(peakHeap),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
