/**
 * Neo4j's CPU time per 1,000 triples for the real loader, which a busy machine distorts far less than
 * throughput: loads the first `--records` records of a corpus into the bench instance, emptied before each
 * run, `--runs` times after `--warmup` runs that warm Neo4j's JIT and plan cache (reported apart), one writer.
 * The figure to compare changes to the write path by (A/B, one after the other on the same instance).
 *
 *   npx tsx bench/load/neo4j-cpu.ts [--file bench/data/corpus-100000-42.jsonl] [--records 3400] [--warmup 3] [--runs 3]
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { connect, createLoader } from '@newsgraph/loader';
import { benchInstance } from './instance';

const ROOT = resolve(__dirname, '../..');
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(ROOT, 'bench/data/corpus-100000-42.jsonl') },
    records: { type: 'string', default: '3400' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string', default: process.env.BENCH_NEO4J_DIR ?? '/tmp/newsgraph-bench-neo4j' },
    'bolt-port': { type: 'string', default: process.env.BENCH_BOLT_PORT ?? '7690' },
    'http-port': { type: 'string', default: process.env.BENCH_HTTP_PORT ?? '7477' },
  },
});
const log = (m: string) => console.error(`[neo4j-cpu] ${m}`);

/** utime + stime of a process, ms (USER_HZ = 100). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function* firstLines(file: string, n: number) {
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (i++ >= n) return;
    yield line;
  }
}

async function main() {
  const instance = benchInstance({
    dir: values.dir!,
    boltPort: Number(values['bolt-port']),
    httpPort: Number(values['http-port']),
    heap: '2g',
    pagecache: '2g',
    log,
  });
  await instance.wipe();
  const { uri, password } = await instance.start();
  const pid = Number(readFileSync(join(values.dir!, 'run', 'neo4j.pid'), 'utf8'));
  const driver = await connect({ uri, password });
  const perK: number[] = [];
  try {
    const warmup = Number(values.warmup);
    for (let run = 0; run < warmup + Number(values.runs); run += 1) {
      const session = driver.session();
      try {
        // Relationships first: deleting a hub with all of its relationships at once can exceed the transaction memory.
        await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
        await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
      } finally {
        await session.close();
      }
      const loader = createLoader({ driver, concurrency: 1 });
      await loader.ensureSchema();
      const c0 = cpuOf(pid);
      const t0 = performance.now();
      const summary = await loader.loadRecords(firstLines(values.file!, Number(values.records)));
      const ms = cpuOf(pid) - c0;
      const k = (ms / summary.triples) * 1000;
      log(
        `run ${run + 1}${run < warmup ? ' (warm-up)' : ''}: ${summary.triples} triples, Neo4j CPU ${Math.round(k)} ms per 1,000 triples, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      if (run >= warmup) perK.push(k);
    }
  } finally {
    await driver.close();
    await instance.stop();
  }
  perK.sort((a, b) => a - b);
  console.log(
    JSON.stringify({ neo4jCpuMsPer1000Triples: Math.round(perK[Math.floor(perK.length / 2)] ?? NaN), runs: perK.map(Math.round) }),
  );
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
