/**
 * Throughput of `kg extract` over a directory, with 1 and 2 worker threads (the machine's cores), and the peak memory
 * of the process. The corpus is the bundled sample article, each copy made distinct by a numbered dateline.
 * usage: npm run bench:extract-cli -- [--docs 2000]        (needs a build: npm run build)
 * Prints a table and writes bench/results/bench-extract-cli.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const docs = arg('docs', 2000);
const sample = readFileSync(join(ROOT, 'data/000_05202bd02e160c14.txt'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
const outDir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-out-'));
for (let i = 0; i < docs; i++) writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), `(Wire ${i}) ${sample}`);
const bytes = docs * Buffer.byteLength(sample);

interface Run {
  workers: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  /** User + system CPU seconds of the whole process (all threads). */
  cpuSeconds: number;
  /** 1-minute load average when the run ended: the machine is shared, wall time suffers first. */
  loadAverage: number;
}

function run(workers: number): Run {
  const out = join(outDir, `out-${workers}.jsonl`);
  const started = process.hrtime.bigint();
  // GNU time reports the peak resident set size of the whole process, worker threads included.
  const res = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %U %S', process.execPath, join(ROOT, 'packages/cli/bin/kg.js'), 'extract', dir, '-o', out, '--workers', String(workers)],
    {
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0) throw new Error(`kg extract failed: ${res.stderr}`);
  const [peakKb, user, system] = res.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return {
    workers,
    seconds: +seconds.toFixed(2),
    docsPerSecond: Math.round(docs / seconds),
    mbPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
    peakRssMb: Math.round(peakKb / 1024),
    cpuSeconds: +(user + system).toFixed(2),
    loadAverage: +loadavg()[0]!.toFixed(2),
  };
}

const runs = [1, 2].map(run);
const speedup = +(runs[0]!.seconds / runs[1]!.seconds).toFixed(2);
console.log(`kg extract over ${docs} articles (${(bytes / 1e6).toFixed(1)} MB), ${availableParallelism()} cores`);
console.table(runs);
console.log(`2 workers / 1 worker: ${speedup}x`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/bench-extract-cli.json'),
  JSON.stringify({ date: new Date().toISOString(), docs, bytes, cores: availableParallelism(), runs, speedup }, null, 2) + '\n',
);
rmSync(dir, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
