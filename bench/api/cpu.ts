/**
 * CPU time per request, which a busy machine distorts far less than latency: our server's (read from
 * /proc/<pid>/stat of the bench server process), the bare HTTP server's that runs the same query as raw Cypher
 * (raw-http-server.ts, same process), and the raw query's through neo4j-driver (this process's own CPU time), for
 * each shape, requests sent one after another. BENCH_FAST_LANE=off turns the server's fast lane off.
 *
 *   npx tsx bench/api/cpu.ts [--requests 300] [--shapes entity,neighborhood,paths]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { benchDriver } from './bench-db';
import { benchEntity } from './gen-graph';
import { shapes } from './shapes';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of a process, ms. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// tsx turns on source-mapped stack traces, which a production server does not run with; neo4j-driver reads a
// stack for every query result, so they would tax each query on both sides of the comparison.
process.setSourceMapsEnabled(false);

async function main() {
  const n = Number(arg('requests', '300'));
  const only = arg('shapes', '').split(',').filter(Boolean);
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'serve-bench.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((done) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
  });
  const { ours, rawHttp } = JSON.parse(line) as { ours: string; rawHttp: string };
  const { driver } = await benchDriver();
  const ranks = (from: number, step: number) => Array.from({ length: 20 }, (_, i) => benchEntity(from + i * step).id);
  const a = ranks(3000, 211);
  const b = ranks(7000, 307);
  const all = shapes({ entities: ranks(500, 97), centres: ranks(2000, 900), pairs: a.map((x, i) => [x, b[i]!]) });
  try {
    for (const shape of all.filter((s) => !only.length || only.some((o) => s.name.startsWith(o)))) {
      const post = (i: number) =>
        fetch(ours, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: shape.graphql, variables: shape.variables[i % shape.variables.length] }),
        }).then((r) => r.text());
      const raw = async (i: number) => {
        const v = shape.cypherParams(shape.variables[i % shape.variables.length]!);
        const session = driver.session({ defaultAccessMode: 'READ' });
        try {
          const params = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Number.isSafeInteger(x) ? neo4j.int(x as number) : x]));
          (await session.run(shape.cypher, params, { timeout: 10_000 })).records.map((r) => r.toObject());
        } finally {
          await session.close();
        }
      };
      const postRaw = (i: number) =>
        fetch(rawHttp, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ cypher: shape.cypher, params: shape.cypherParams(shape.variables[i % shape.variables.length]!) }),
        }).then((r) => r.text());
      for (let i = 0; i < 40; i += 1) await Promise.all([post(i), raw(i), postRaw(i)]); // warm up all three
      // Both HTTP servers run in the child, one of them at a time: its CPU over the requests is that server's.
      const serverCpuOf = async (send: (i: number) => Promise<string>) => {
        const t0 = process.hrtime.bigint();
        const c0 = cpuOf(child.pid!);
        for (let i = 0; i < n; i += 1) await send(i);
        return { cpu: (cpuOf(child.pid!) - c0) / n, wall: Number(process.hrtime.bigint() - t0) / 1e6 / n };
      };
      const { cpu: serverCpu, wall: serverWall } = await serverCpuOf(post);
      const overHttp = await serverCpuOf(postRaw);
      const t = process.hrtime.bigint();
      const r0 = ownCpu();
      for (let i = 0; i < n; i += 1) await raw(i);
      const rawCpu = (ownCpu() - r0) / n;
      const rawWall = Number(process.hrtime.bigint() - t) / 1e6 / n;
      console.log(
        `${shape.name.padEnd(22)} server CPU ${serverCpu.toFixed(2)} ms/req (wall ${serverWall.toFixed(2)})  raw over HTTP ${overHttp.cpu.toFixed(2)} (wall ${overHttp.wall.toFixed(2)})  raw driver CPU ${rawCpu.toFixed(2)} ms/query (wall ${rawWall.toFixed(2)})`,
      );
    }
  } finally {
    child.stdin.end();
    await driver.close();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
