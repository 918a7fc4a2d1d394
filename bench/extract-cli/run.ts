/**
 * Throughput of `kg extract` over a directory, with 1 and 2 worker threads (the machine's cores), and the peak memory
 * of the process. The corpus is the bundled sample article, each copy made distinct by a numbered dateline.
 *
 * Two figures, since every worker thread pays a fixed start-up (loading the extractor and warming V8's compiler up
 * on the first few hundred articles, about a CPU second) that a short run feels and a long one does not:
 * - end to end: wall time of one run over `--docs` articles;
 * - marginal: the rate once started, from runs over `--docs` and twice as many articles (the fixed cost cancels in
 *   the difference: docs / (t(2 docs) - t(docs))).
 * Each run is repeated `--repeat` times and the fastest kept (the machine is shared; interference only slows a run).
 * usage: npm run bench:extract-cli -- [--docs 2000] [--repeat 2] [--learned]        (needs a build: npm run build)
 * --learned runs `kg extract --learned` (the rules and the learned layer); the default is rules only, as `kg extract`.
 * Prints a table and writes bench/results/bench-extract-cli.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const docs = arg('docs', 2000);
const learned = process.argv.includes('--learned');
const repeat = arg('repeat', 2);
const sample = readFileSync(join(ROOT, 'data/000_05202bd02e160c14.txt'), 'utf8');

// Two corpora: `docs` articles, and those plus as many more (linked, not copied).
const work = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
const small = join(work, 'small');
const large = join(work, 'large');
mkdirSync(small);
mkdirSync(large);
for (let i = 0; i < 2 * docs; i++) {
  const name = `${String(i).padStart(6, '0')}.txt`;
  writeFileSync(join(large, name), `(Wire ${i}) ${sample}`);
  if (i < docs) symlinkSync(join(large, name), join(small, name));
}
const bytesOf = (n: number): number =>
  n * Buffer.byteLength(sample) + Array.from({ length: n }, (_, i) => `(Wire ${i}) `.length).reduce((a, b) => a + b, 0);

interface Run {
  workers: number;
  docs: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  /** User + system CPU seconds of the whole process (all threads). */
  cpuSeconds: number;
  /** 1-minute load average when the run ended: the machine is shared, wall time suffers first. */
  loadAverage: number;
}

function once(workers: number, n: number): Run {
  const out = join(work, `out-${workers}-${n}.jsonl`);
  const started = process.hrtime.bigint();
  // GNU time reports the peak resident set size of the whole process, worker threads included.
  const res = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M %U %S',
      process.execPath,
      join(ROOT, 'packages/cli/bin/kg.js'),
      'extract',
      n === docs ? small : large,
      '-o',
      out,
      '--workers',
      String(workers),
      ...(learned ? ['--learned'] : []),
    ],
    { encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0) throw new Error(`kg extract failed: ${res.stderr}`);
  const [peakKb, user, system] = res.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return {
    workers,
    docs: n,
    seconds: +seconds.toFixed(2),
    docsPerSecond: Math.round(n / seconds),
    mbPerSecond: +(bytesOf(n) / 1e6 / seconds).toFixed(2),
    peakRssMb: Math.round(peakKb / 1024),
    cpuSeconds: +(user + system).toFixed(2),
    loadAverage: +loadavg()[0]!.toFixed(2),
  };
}

/** The fastest of `repeat` runs; runs of the four configurations are interleaved so that load hits them alike. */
const configs: Array<[number, number]> = [
  [1, docs],
  [2, docs],
  [1, 2 * docs],
  [2, 2 * docs],
];
const best = new Map<string, Run>();
for (let r = 0; r < repeat; r++) {
  for (const [workers, n] of configs) {
    const run = once(workers, n);
    const key = `${workers}/${n}`;
    if (!best.has(key) || run.seconds < best.get(key)!.seconds) best.set(key, run);
  }
}
const runs = configs.map(([workers, n]) => best.get(`${workers}/${n}`)!);
const [oneSmall, twoSmall, oneLarge, twoLarge] = runs as [Run, Run, Run, Run];
const marginal = (a: Run, b: Run): number => Math.round(docs / (b.seconds - a.seconds));
const rate1 = marginal(oneSmall, oneLarge);
const rate2 = marginal(twoSmall, twoLarge);
const speedup = +(oneSmall.seconds / twoSmall.seconds).toFixed(2);
const speedupLarge = +(oneLarge.seconds / twoLarge.seconds).toFixed(2);
const marginalSpeedup = +(rate2 / rate1).toFixed(2);
// The fixed cost per run: what the run took beyond its articles at the marginal rate.
const startup = (run: Run, rate: number): number => +(run.seconds - run.docs / rate).toFixed(2);

console.log(
  `kg extract${learned ? ' --learned' : ''} over ${docs} and ${2 * docs} articles (${(bytesOf(docs) / 1e6).toFixed(1)} MB per ${docs}), ${availableParallelism()} cores, fastest of ${repeat}`,
);
console.table(runs);
console.log(`2 workers / 1 worker, end to end: ${speedup}x over ${docs} articles, ${speedupLarge}x over ${2 * docs}`);
console.log(
  `marginal rate once started: 1 worker ${rate1} articles/s, 2 workers ${rate2} articles/s: ${marginalSpeedup}x ` +
    `(fixed cost per run: ${startup(oneSmall, rate1)} s with 1 worker, ${startup(twoSmall, rate2)} s with 2)`,
);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, `bench/results/bench-extract-cli${learned ? '-learned' : ''}.json`),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      mode: learned ? 'learned' : 'rules',
      docs,
      bytes: bytesOf(docs),
      cores: availableParallelism(),
      repeat,
      runs,
      speedup,
      speedupLarge,
      marginal: { docsPerSecond: { 1: rate1, 2: rate2 }, speedup: marginalSpeedup },
      fixedSeconds: { 1: startup(oneSmall, rate1), 2: startup(twoSmall, rate2) },
    },
    null,
    2,
  ) + '\n',
);
rmSync(work, { recursive: true, force: true });
