/**
 * npm run bench:load [-- --triples 100000] [--batch-size 5000] [--concurrency 2] [--naive 2000] [--floor 200000] [--no-admin] [--loader-heap MB]
 * Loads a synthetic corpus (bench/gen-corpus) into an EMPTY Neo4j of its own (its own folder and ports, wiped
 * first), with the batched loader in a child process (so its peak RSS is the loader's alone), then a naive
 * one-transaction-per-triple loader on a sample, then neo4j-admin import of the same graph exported as CSV.
 * Prints a table and writes bench/results/bench-load.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { loadavg, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { connect, ensureSchema } from '@newsgraph/loader';
import { exportCommand } from '../../packages/cli/src/commands/export';
import { generateCorpus } from '../gen-corpus/generate';
import { adminImport } from './admin-import';
import { benchInstance } from './instance';
import { floorWrite } from './floor';
import { naiveLoad } from './naive';

const ROOT = resolve(__dirname, '../..');

/** parseArgs, with a usage line instead of a stack trace for an unknown or malformed option. */
function parseOptions<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const USAGE = `npm run bench:load -- [--triples 1000000] [--seed 42] [--batch-size N] [--concurrency N] [--naive 2000] [--floor 200000] [--no-admin]
                         [--loader-heap MB] [--dir DIR] [--bolt-port 7690] [--http-port 7477] [--heap 2g] [--pagecache 2g]`;
const { values } = parseOptions({
  options: {
    help: { type: 'boolean', default: false },
    triples: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    'batch-size': { type: 'string' },
    concurrency: { type: 'string' },
    naive: { type: 'string', default: '2000' },
    // Triples of the corpus written the cheapest way there is, as the floor of an online load (floor.ts); 0 skips it.
    floor: { type: 'string', default: '200000' },
    'no-admin': { type: 'boolean', default: false },
    // V8's old-space limit for the loader process (MB; 0: Node's default, a share of the machine's memory). The
    // loader's live data is bounded (about 60 MB at 10k triples per batch, 2 writers), but V8 collects lazily up to
    // its limit, so without a cap the RSS reflects the machine's memory, not the loader's needs. Default: 128 MB per
    // 10k triples of batch size.
    'loader-heap': { type: 'string' },
    dir: { type: 'string', default: process.env.BENCH_NEO4J_DIR ?? '/tmp/newsgraph-bench-neo4j' },
    'bolt-port': { type: 'string', default: process.env.BENCH_BOLT_PORT ?? '7690' },
    'http-port': { type: 'string', default: process.env.BENCH_HTTP_PORT ?? '7477' },
    heap: { type: 'string', default: process.env.BENCH_NEO4J_HEAP ?? '2g' },
    pagecache: { type: 'string', default: process.env.BENCH_NEO4J_PAGECACHE ?? '2g' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const triples = Number(values.triples);
const seed = Number(values.seed);
const log = (m: string) => console.error(`[bench] ${m}`);

async function writeCorpus(file: string, options: Parameters<typeof generateCorpus>[0]): Promise<void> {
  if (existsSync(file)) return;
  mkdirSync(resolve(file, '..'), { recursive: true });
  const out = createWriteStream(file + '.partial');
  for (const r of generateCorpus(options)) if (!out.write(JSON.stringify(r) + '\n')) await once(out, 'drain');
  await new Promise<void>((done) => out.end(done));
  spawnSync('mv', [file + '.partial', file]);
}

async function graphCounts(uri: string, password: string) {
  const driver = await connect({ uri, password });
  try {
    const q = async (c: string) => (await driver.executeQuery(c)).records[0]!.get(0) as number;
    return {
      entities: await q('MATCH (e:Entity) RETURN count(e)'),
      documents: await q('MATCH (d:Document) RETURN count(d)'),
      statements: await q('MATCH (s:Statement) RETURN count(s)'),
      facts: await q('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'),
      evidence: await q('MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.evidenceCount)'),
    };
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const pool = Math.round(triples / 8);
  const corpus = join(ROOT, 'bench/data', `corpus-${triples}-${seed}.jsonl`);
  log(`corpus ${corpus}`);
  await writeCorpus(corpus, { triples, seed });
  const instance = benchInstance({
    dir: values.dir!,
    boltPort: Number(values['bolt-port']),
    httpPort: Number(values['http-port']),
    heap: values.heap!,
    pagecache: values.pagecache!,
    log,
  });
  await instance.wipe();
  const { uri, password } = await instance.start();
  const machine = { cpus: cpus().length, memGB: Math.round(totalmem() / 2 ** 30), loadAvgBefore: loadavg()[0] };

  const batchSize = Number(values['batch-size'] ?? 10_000);
  const loaderHeapMB = Number(values['loader-heap'] ?? Math.max(128, Math.ceil(batchSize / 10_000) * 128));
  log(`batched loader into an empty database at ${uri} (loader heap limit ${loaderHeapMB ? `${loaderHeapMB} MB` : 'default'}) ...`);
  const child = spawnSync(
    process.execPath,
    [
      ...(loaderHeapMB > 0 ? [`--max-old-space-size=${loaderHeapMB}`] : []),
      '--import',
      'tsx',
      join(__dirname, 'load-child.ts'),
      '--file',
      corpus,
      '--uri',
      uri,
      '--password',
      password,
      ...(values['batch-size'] ? ['--batch-size', values['batch-size']] : []),
      ...(values.concurrency ? ['--concurrency', values.concurrency] : []),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  if (child.status !== 0) throw new Error(`load-child failed (exit ${child.status})`);
  const loader = JSON.parse(child.stdout.trim().split('\n').pop()!);
  const loadAvgDuring = loadavg()[0];
  const graph = await graphCounts(uri, password);
  log(`graph: ${JSON.stringify(graph)}`);

  const driver = await connect({ uri, password });
  let floor: Awaited<ReturnType<typeof floorWrite>> | null = null;
  if (Number(values.floor) > 0) {
    log(`floor: bare CREATE of the relationships of ${values.floor} triples, no evidence ...`);
    floor = await floorWrite(driver, corpus, {
      maxTriples: Number(values.floor),
      batchSize,
      concurrency: Number(values.concurrency ?? 2),
    });
  }
  log(`naive loader, one transaction per triple, on ${values.naive} triples of another corpus ...`);
  const naive = await naiveLoad(
    driver,
    generateCorpus({ triples: Number(values.naive), seed: seed + 1, entities: pool, idPrefix: 'naive' }),
    Number(values.naive),
  );
  await driver.close();

  let admin: Record<string, unknown> | null = null;
  if (!values['no-admin']) {
    const csvDir = join(values.dir!, 'import-csv');
    rmSync(csvDir, { recursive: true, force: true });
    const t0 = performance.now();
    await exportCommand(corpus, { format: 'neo4j-admin', out: csvDir });
    const exportSeconds = (performance.now() - t0) / 1000;
    await instance.stop();
    log('neo4j-admin database import full ...');
    const imported = adminImport({ home: values.dir!, csvDir });
    const started = await instance.start();
    const t1 = performance.now();
    const d = await connect({ uri: started.uri, password: started.password });
    await ensureSchema(d); // import writes no indexes: building them is part of getting a usable graph
    await d.close();
    const indexSeconds = (performance.now() - t1) / 1000;
    const counts = await graphCounts(started.uri, started.password);
    admin = {
      exportSeconds,
      importSeconds: imported.seconds,
      indexSeconds,
      peakRssMB: imported.peakRssMB,
      graph: counts,
      triplesPerSecond: triples / imported.seconds,
      triplesPerSecondWithIndexes: triples / (imported.seconds + indexSeconds),
    };
    rmSync(csvDir, { recursive: true, force: true });
  }
  await instance.stop();

  // One row per way of loading; ratio is its speed over the batched loader's.
  const row = (name: string, n: number, seconds: number, perSecond: number, rssMB: number | null, digits = 2) => ({
    loader: name,
    triples: n,
    seconds: +seconds.toFixed(1),
    'triples/s': Math.round(perSecond),
    'peak RSS MB': rssMB === null ? null : Math.round(rssMB),
    ratio: +(perSecond / loader.triplesPerSecond).toFixed(digits),
  });
  const rows = [
    row('batched (createLoader)', loader.triples, loader.seconds, loader.triplesPerSecond, loader.peakRssMB),
    row('naive, 1 tx per triple', naive.triples, naive.seconds, naive.triplesPerSecond, null, 4),
    ...(floor ? [row('floor: bare CREATE, no evidence', floor.triples, floor.seconds, floor.triplesPerSecond, null)] : []),
    ...(admin
      ? [
          row(
            'neo4j-admin import (offline)',
            triples,
            admin.importSeconds as number,
            admin.triplesPerSecond as number,
            (admin.peakRssMB as number) ?? 0,
          ),
          row(
            'neo4j-admin + index build',
            triples,
            (admin.importSeconds as number) + (admin.indexSeconds as number),
            admin.triplesPerSecondWithIndexes as number,
            null,
          ),
        ]
      : []),
  ];
  console.table(rows);
  console.log(
    `batched / naive = ${(loader.triplesPerSecond / naive.triplesPerSecond).toFixed(1)}×${floor ? `; floor / batched = ${(floor.triplesPerSecond / loader.triplesPerSecond).toFixed(2)}×` : ''}${admin ? `; neo4j-admin / batched = ${((admin.triplesPerSecond as number) / loader.triplesPerSecond).toFixed(2)}×` : ''}`,
  );
  const result = {
    date: new Date().toISOString(),
    triples,
    seed,
    batchSize: values['batch-size'] ?? 'default',
    concurrency: values.concurrency ?? 'default',
    loaderHeapMB: loaderHeapMB || 'default',
    machine: { ...machine, loadAvgDuring },
    neo4j: { heap: values.heap, pagecache: values.pagecache },
    loader,
    graph,
    naive,
    floor,
    admin,
    rows,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/bench-load.json'), JSON.stringify(result, null, 2) + '\n');
  log('wrote bench/results/bench-load.json');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
