/**
 * Soak test (npm run bench:soak): mixed read queries plus a trickle of ingestion against the GraphQL server for a
 * long time, watching throughput, latency, errors and the server's memory after GC. The server runs in a child
 * process (bench/soak/serve.ts, node --expose-gc) so the load generator never shares its event loop or heap.
 *
 *   npx tsx bench/api/gen-graph.ts --triples 1000000        # once: the bench graph (ids bench-*)
 *   npx tsx bench/soak/run.ts [--seconds 600] [--connections 64] [--ingest-per-second 2] [--warmup 15]
 *
 * The database is the bench one (NEO4J_URI/NEO4J_PASSWORD, else the local instance NEWSGRAPH_NEO4J_DIR and
 * NEO4J_BOLT_PORT select), so a smaller graph (gen-graph.ts --triples 20000 into another instance) works the
 * same. Ingested documents get ids soak-<run>-<n> and are deleted at the end. Writes bench/results/soak.json.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { benchDriver } from '../api/bench-db';
import type { MemorySample } from './serve';
import { pickIds, shapes, type Ids, type Shape } from './shapes';

const ROOT = resolve(__dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, got ${process.argv[i + 1]}`);
  return value;
};

/** Talks to the server child: its URL once it listens, and memory samples (after GC) on request. */
async function startServer(apiKey: string): Promise<{ url: string; child: ChildProcess; memory: () => Promise<MemorySample> }> {
  const child = fork(resolve(__dirname, 'serve.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, SOAK_API_KEY: apiKey },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: ((s: MemorySample) => void)[] = [];
  const url = await new Promise<string>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the soak server exited with ${code} before listening`)));
    child.on('message', (msg: { type: string; url?: string; sample?: MemorySample }) => {
      if (msg.type === 'listening') done(msg.url!);
      if (msg.type === 'memory') waiting.shift()?.(msg.sample!);
    });
  });
  const memory = () =>
    new Promise<MemorySample>((done) => {
      waiting.push(done);
      child.send({ type: 'memory' });
    });
  return { url, child, memory };
}

/** Ingests a few documents a second (distinct ids and texts) until stopped; counts outcomes, keeps the ids. */
function ingest(url: string, apiKey: string, perSecond: number, runId: string, { names }: Ids) {
  const stats = {
    sent: 0,
    ok: 0,
    failed: 0,
    codes: {} as Record<string, number>,
    ids: [] as string[],
    latencies: [] as number[],
    firstError: undefined as string | undefined,
  };
  const inFlight = new Set<Promise<void>>();
  const send = (n: number) => {
    const id = `soak-${runId}-${n}`;
    const [a, b, c] = [names[n % names.length], names[(n * 7 + 3) % names.length], names[(n * 13 + 5) % names.length]];
    const text = `President ${a} met ${b} in ${c} on day ${n} of the talks. ${a} said that ${b} supports the agreement. Officials in ${c} criticized ${b}.`;
    const t0 = Date.now();
    stats.sent += 1;
    const p = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: 'mutation($t: String!, $id: ID!, $title: String) { ingestDocument(text: $t, id: $id, title: $title) { id } }',
        variables: { t: text, id, title: `Soak ${id}` },
      }),
    })
      .then(async (res) => {
        const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        if (res.status === 200 && !body.errors) {
          stats.ok += 1;
          stats.ids.push(id);
          stats.latencies.push(Date.now() - t0);
        } else {
          stats.failed += 1;
          const code = body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
          stats.codes[code] = (stats.codes[code] ?? 0) + 1;
          stats.firstError ??= `${code}: ${body.errors?.[0]?.message.slice(0, 300)}`;
        }
      })
      .catch(() => void (stats.failed += 1))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  let n = 0;
  const timer = perSecond > 0 ? setInterval(() => send(n++), 1000 / perSecond) : undefined;
  return {
    stats,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}

async function cleanUp(url: string, apiKey: string, ids: string[]): Promise<number> {
  let deleted = 0;
  for (const id of ids) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: 'mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', variables: { id } }),
    });
    const body = (await res.json()) as { data?: { deleteDocument?: { deleted: boolean } } };
    if (body.data?.deleteDocument?.deleted) deleted += 1;
  }
  return deleted;
}

async function drive(url: string, list: Shape[], connections: number, seconds: number) {
  const weighted = list.flatMap((s) => Array.from({ length: s.weight }, () => s));
  const perShape = Object.fromEntries(list.map((s) => [s.name, { requests: 0, errors: 0 }]));
  const codes: Record<string, number> = {};
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req, context) => {
          const n = next++;
          const shape = weighted[n % weighted.length]!;
          (context as { shape?: string }).shape = shape.name;
          return { ...req, body: JSON.stringify({ query: shape.query, variables: shape.variables(Math.floor(n / weighted.length)) }) };
        },
        onResponse: (_status, body, context) => {
          const stats = perShape[(context as { shape: string }).shape]!;
          stats.requests += 1;
          if (!body.includes('"errors"')) return;
          stats.errors += 1;
          let code = 'UNPARSEABLE';
          try {
            code = (JSON.parse(body) as { errors: { extensions?: { code?: string } }[] }).errors[0]?.extensions?.code ?? 'NONE';
          } catch {
            // counted as UNPARSEABLE
          }
          codes[code] = (codes[code] ?? 0) + 1;
        },
      },
    ],
  });
  return { result, perShape, codes };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const pct = (a: number, b: number) => Math.round(((b - a) / a) * 1000) / 10;

async function main() {
  const seconds = arg('seconds', 600);
  const connections = arg('connections', 64);
  const perSecond = arg('ingest-per-second', 2);
  const warmup = arg('warmup', Math.min(15, Math.max(3, Math.round(seconds / 10))));
  const runId = randomBytes(4).toString('hex');
  const apiKey = randomBytes(16).toString('hex');

  const { driver, uri } = await benchDriver();
  const ids = await pickIds(driver);
  const graph = (
    await driver.executeQuery('MATCH (e:Entity) WITH count(e) AS entities MATCH (d:Document) RETURN entities, count(d) AS documents')
  ).records[0]!.toObject();
  const facts = (await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).records[0]!.get('n') as number;
  await driver.close();

  const server = await startServer(apiKey);
  const list = shapes(ids);
  console.error(
    `soak: ${uri} (${graph.entities} entities, ${facts} facts), ${connections} connections, ${seconds} s after ${warmup} s warm-up`,
  );
  try {
    await drive(server.url, list, connections, warmup); // JIT, pools and caches settle before the first sample
    const samples: MemorySample[] = [await server.memory()];
    const loadStart = loadavg();
    const sampler = setInterval(() => void server.memory().then((s) => samples.push(s)), 30_000);
    const ingestion = ingest(server.url, apiKey, perSecond, runId, ids);
    const { result, perShape, codes } = await drive(server.url, list, connections, seconds);
    clearInterval(sampler);
    await ingestion.stop();
    samples.push(await server.memory());
    const loadEnd = loadavg();
    const deleted = await cleanUp(server.url, apiKey, ingestion.stats.ids);

    const [first, last] = [samples[0]!, samples.at(-1)!];
    const lat = ingestion.stats.latencies.sort((a, b) => a - b);
    const report = {
      time: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), loadavgStart: loadStart, loadavgEnd: loadEnd },
      graph: { uri, entities: graph.entities, documents: graph.documents, facts },
      seconds,
      connections,
      reads: {
        requests: result.requests.total,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        socketErrors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        status5xx: result['5xx'],
        graphqlErrors: codes,
        perShape,
      },
      ingestion: {
        perSecond,
        sent: ingestion.stats.sent,
        ok: ingestion.stats.ok,
        failed: ingestion.stats.failed,
        codes: ingestion.stats.codes,
        p50: lat[Math.floor(lat.length * 0.5)] ?? null,
        p99: lat[Math.floor(lat.length * 0.99)] ?? null,
        firstError: ingestion.stats.firstError ?? null,
        deletedAfter: deleted,
      },
      memory: {
        startMb: { rss: mb(first.rss), heapUsed: mb(first.heapUsed) },
        endMb: { rss: mb(last.rss), heapUsed: mb(last.heapUsed) },
        growthPct: { rss: pct(first.rss, last.rss), heapUsed: pct(first.heapUsed, last.heapUsed) },
        samples: samples.map((s) => ({ s: Math.round((s.at - first.at) / 1000), rssMb: mb(s.rss), heapMb: mb(s.heapUsed) })),
      },
    };
    mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(resolve(ROOT, 'bench/results/soak.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.table({
      reads: {
        'req/s': report.reads.rps,
        p50: report.reads.p50,
        p99: report.reads.p99,
        errors: result.errors + result.non2xx,
        '5xx': result['5xx'],
      },
    });
    console.table(perShape);
    console.table({
      'GraphQL error codes': codes,
      ingestion: { ...ingestion.stats.codes, ok: ingestion.stats.ok, failed: ingestion.stats.failed },
    });
    console.table({ start: report.memory.startMb, end: report.memory.endMb, 'growth %': report.memory.growthPct });
    console.error(
      `load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} -> ${loadEnd.map((l) => l.toFixed(2)).join(' ')}; wrote bench/results/soak.json`,
    );
  } finally {
    server.child.send({ type: 'close' });
    await new Promise((done) => server.child.once('exit', done));
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
