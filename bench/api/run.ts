/**
 * API benchmark (npm run bench:api): our GraphQL server vs the same question as raw Cypher through
 * neo4j-driver vs @neo4j/graphql, at several concurrencies, on the bench graph and on the sample article.
 *
 *   npx tsx bench/api/gen-graph.ts --triples 1000000     # once: the synthetic graph (ids bench-*)
 *   npx tsx bench/api/run.ts [--seconds 5] [--connections 1,16,64] [--datasets graph,sample] [--shapes entity,neighborhood,paths]
 *       [--no-peer] [--out bench/results/bench-api.json]
 *
 * Prints a table and writes bench/results/bench-api.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { extract } from '@newsgraph/extractor';
import { createLoader } from '@newsgraph/loader';
import { benchDriver } from './bench-db';
import { benchEntity } from './gen-graph';
import { loadCypher, percentile, type LoadResult } from './load-cypher';
import { shapes, type Shape, type ShapeIds } from './shapes';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = resolve(ROOT, '../shared/corpus/000_05202bd02e160c14.txt');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

/** A GraphQL request's bodies, one per variable set, round-robin. */
const graphqlBodies = (query: string, variables: Record<string, unknown>[]) =>
  variables.map((v) => JSON.stringify({ query, variables: v }));

async function httpLoad(url: string, bodies: string[], connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  // autocannon's own percentiles come from a histogram of whole milliseconds, too coarse next to the raw
  // side's few milliseconds; each response's exact time is taken from its 'response' event instead.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
      },
      (err, res) => (err ? fail(err) : done(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status < 300) latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/** One request per variable set first: a shape that errors would measure error handling, not the query. */
async function check(url: string, query: string, variables: Record<string, unknown>[]) {
  for (const v of variables) {
    const res = (await (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: v }) })
    ).json()) as { errors?: unknown[] };
    if (res.errors) throw new Error(`${url}: ${JSON.stringify(res.errors).slice(0, 300)} for ${JSON.stringify(v)}`);
  }
}

async function graphIds(driver: Driver): Promise<ShapeIds> {
  const session = driver.session();
  try {
    const found = await session.run('MATCH (e:Entity) WHERE e.id STARTS WITH "bench-" RETURN count(e) AS n');
    if (found.records[0]!.get('n') === 0) throw new Error('no bench graph: run `npx tsx bench/api/gen-graph.ts --triples 1000000` first');
  } finally {
    await session.close();
  }
  // Mid-popularity entities (ranks 500 to 20000 of ~100k): tens to hundreds of relations, two hops from the hubs.
  const ranks = (from: number, step: number) => Array.from({ length: 20 }, (_, i) => benchEntity(from + i * step).id);
  const a = ranks(3000, 211);
  const b = ranks(7000, 307);
  return { entities: ranks(500, 97), centres: ranks(2000, 900), pairs: a.map((x, i) => [x, b[i]!]) };
}

const SAMPLE_IDS: ShapeIds = {
  entities: ['location-turkey', 'location-russia', 'person-vladimir-putin', 'organization-ypg', 'person-recep-tayyip-erdogan'],
  centres: ['location-turkey', 'organization-ypg', 'person-vladimir-putin', 'location-united-states'],
  pairs: [
    ['person-vladimir-putin', 'organization-ypg'],
    ['person-recep-tayyip-erdogan', 'location-united-states'],
    ['location-russia', 'person-barack-obama'],
  ],
};

const WARMUP_SECONDS = 3;

interface Urls {
  ours: string;
  peer: string;
  rawHttp: string;
}

async function measure(driver: Driver, urls: Urls, shape: Shape, connections: number, seconds: number) {
  const params = shape.variables.map(shape.cypherParams);
  const graphql = await httpLoad(urls.ours, graphqlBodies(shape.graphql, shape.variables), connections, seconds);
  const raw = await loadCypher(driver, { cypher: shape.cypher, params, connections, seconds });
  const rawHttp = await httpLoad(
    urls.rawHttp,
    params.map((p) => JSON.stringify({ cypher: shape.cypher, params: p })),
    connections,
    seconds,
  );
  const peer = shape.peer ? await httpLoad(urls.peer, graphqlBodies(shape.peer, shape.variables), connections, seconds) : null;
  return {
    shape: shape.name,
    connections,
    graphql,
    raw,
    rawHttp,
    peer,
    graphqlOverRaw: graphql.p50 / raw.p50,
    // What HTTP alone costs (raw Cypher behind a bare HTTP server), and what GraphQL costs over that.
    rawHttpOverRaw: rawHttp.p50 / raw.p50,
    graphqlOverRawHttp: graphql.p50 / rawHttp.p50,
    peerOverOurs: peer ? peer.p50 / graphql.p50 : null,
  };
}

type Row = Awaited<ReturnType<typeof measure>>;

function printTable(dataset: string, rows: Row[]) {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
  const cell = (r: LoadResult | null) =>
    r
      ? `${f(r.p50).padStart(7)} ${f(r.p99).padStart(7)} ${f(r.rps).padStart(7)}`
      : `${'n/a'.padStart(7)} ${''.padStart(7)} ${''.padStart(7)}`;
  console.log(`\n${dataset}: p50 ms, p99 ms, req/s`);
  console.log(
    `${'shape'.padEnd(22)} ${'conc'.padStart(4)} | ${'graphql (ours)'.padEnd(23)} | ${'raw cypher'.padEnd(23)} | ${'raw cypher over http'.padEnd(23)} | ${'@neo4j/graphql'.padEnd(23)} | p50: gql/raw http/raw gql/http`,
  );
  for (const r of rows) {
    console.log(
      `${r.shape.padEnd(22)} ${String(r.connections).padStart(4)} | ${cell(r.graphql)} | ${cell(r.raw)} | ${cell(r.rawHttp)} | ${cell(r.peer)} | ${r.graphqlOverRaw.toFixed(2).padStart(12)} ${r.rawHttpOverRaw.toFixed(2).padStart(8)} ${r.graphqlOverRawHttp.toFixed(2).padStart(8)}`,
    );
  }
}

async function startServers(): Promise<{ urls: Urls; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'serve-bench.ts')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    child.once('exit', (code) => fail(new Error(`bench servers exited with ${code}`)));
  });
  return { urls: JSON.parse(line), stop: () => child.stdin.end() };
}

// tsx turns on source-mapped stack traces, which a production server does not run with; neo4j-driver reads a
// stack for every query result, so they would tax each query on both sides of the comparison.
process.setSourceMapsEnabled(false);

async function main() {
  if (process.argv.includes('--help')) {
    console.log(`npm run bench:api -- [options]
  --seconds N            length of each measurement (default 5)
  --connections 1,16,64  concurrent clients (default 1,16,64)
  --datasets graph,sample  the bench graph (bench/api/gen-graph.ts) and/or the sample article (default both)
  --shapes entity,paths  only the shapes whose names start with these (default all)
  --no-peer              skip @neo4j/graphql
  --out FILE             where to write the JSON report (default bench/results/bench-api.json)`);
    return;
  }
  const seconds = Number(arg('seconds', '5'));
  const concurrencies = arg('connections', '1,16,64').split(',').map(Number);
  const datasets = arg('datasets', 'graph,sample').split(',');
  // A shape runs when its name starts with one of these (quick runs while working on one shape).
  const only = arg('shapes', '').split(',').filter(Boolean);
  const withPeer = !process.argv.includes('--no-peer');
  const out = resolve(ROOT, arg('out', 'bench/results/bench-api.json'));
  const { driver } = await benchDriver();
  const servers = await startServers();
  const sampleDoc = `doc-bench-api-${process.pid}`;
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30) },
    // 1, 5 and 15 minute load averages when the run started and ended: latency figures on a busy machine mean little.
    loadAverage: { start: loadavg().map((l) => Number(l.toFixed(2))), end: [] as number[] },
    seconds,
    datasets: {},
  };
  try {
    for (const dataset of datasets) {
      let ids: ShapeIds;
      if (dataset === 'sample') {
        await createLoader({ driver }).loadRecord(extract(readFileSync(SAMPLE, 'utf8'), { id: sampleDoc }));
        ids = SAMPLE_IDS;
      } else ids = await graphIds(driver);
      const stats = await (
        await fetch(servers.urls.ours, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { entities relations statements documents } }' }),
        })
      ).json();
      const rows: Row[] = [];
      for (const shape of shapes(ids).filter((s) => !only.length || only.some((o) => s.name.startsWith(o)))) {
        if (!withPeer) shape.peer = null;
        await check(servers.urls.ours, shape.graphql, shape.variables);
        if (shape.peer) await check(servers.urls.peer, shape.peer, shape.variables);
        // Every side runs the shape once before anything is measured: whichever went first would otherwise pay
        // for the JIT and for the database's cold pages and plan cache (ours, measured first, paid 4x at 1 client).
        await measure(driver, servers.urls, shape, Math.max(...concurrencies), WARMUP_SECONDS);
        for (const c of concurrencies) {
          rows.push(await measure(driver, servers.urls, shape, c, seconds));
          process.stderr.write(`${dataset} ${shape.name} c=${c} done\n`);
        }
      }
      printTable(dataset, rows);
      (report.datasets as Record<string, unknown>)[dataset] = { graph: (stats as { data: unknown }).data, rows };
    }
  } finally {
    if (datasets.includes('sample')) await createLoader({ driver }).deleteDocument(sampleDoc);
    servers.stop();
    await driver.close();
  }
  const loads = report.loadAverage as { start: number[]; end: number[] };
  loads.end = loadavg().map((l) => Number(l.toFixed(2)));
  console.log(`load average (1, 5, 15 min): ${loads.start.join(' ')} at the start, ${loads.end.join(' ')} at the end`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${relative(ROOT, out)}`);
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
