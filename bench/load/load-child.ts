/**
 * Loads one JSON Lines file with the real loader and prints one JSON line of figures on stdout. Run in its
 * own process so that its peak RSS (getrusage maxrss) is the loader's alone, not the benchmark driver's.
 *   tsx bench/load/load-child.ts --file F --uri U --password P [--batch-size N] [--concurrency N]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { connect, createLoader } from '@newsgraph/loader';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      uri: { type: 'string' },
      password: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const driver = await connect({ uri: values.uri!, password: values.password! });
  try {
    const loader = createLoader({
      driver,
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      concurrency: values.concurrency ? Number(values.concurrency) : undefined,
    });
    await loader.ensureSchema();
    const started = process.hrtime.bigint();
    const lines = createInterface({ input: createReadStream(values.file!, 'utf8'), crlfDelay: Infinity });
    let last = Date.now();
    const summary = await loader.loadRecords(lines, {
      onProgress: (s) => {
        if (Date.now() - last < 10_000) return;
        last = Date.now();
        const secs = Number(process.hrtime.bigint() - started) / 1e9;
        const m = process.memoryUsage();
        const mb = (n: number) => Math.round(n / 1e6);
        process.stderr.write(
          `  ${s.triples} triples, ${Math.round(s.triples / secs)}/s, rss ${mb(m.rss)} MB (heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}, external ${mb(m.external)})\n`,
        );
      },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const out = {
      ...summary,
      errors: summary.errors.slice(0, 5),
      seconds,
      triplesPerSecond: summary.triples / seconds,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    await driver.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
