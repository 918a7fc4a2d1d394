/**
 * A deterministic synthetic graph in the loader's model, written straight to Neo4j in big batches
 * (going through the extractor and loader would take an hour at 1M triples). Stand-in for
 * bench/gen-corpus.ts until that exists. Ids start with `bench-`, so `--clear` removes exactly this data.
 *
 *   npx tsx bench/api/gen-graph.ts --triples 1000000      # replaces any earlier bench graph
 *   npx tsx bench/api/gen-graph.ts --clear
 */
import type { Driver } from 'neo4j-driver';
import { ensureSchema, factId } from '@newsgraph/loader';
import { benchDriver } from './bench-db';

const TYPES = ['Person', 'Organization', 'Location', 'Group', 'Event', 'Other'] as const;
const PREDICATES = [
  'SUPPORTS',
  'OPPOSES',
  'MET_WITH',
  'SPOKE_WITH',
  'ATTACKED',
  'SANCTIONED',
  'ALLIED_WITH',
  'LINKED_TO',
  'WORKS_FOR',
  'MEMBER_OF',
  'LEADER_OF',
  'PRESIDENT_OF',
  'MINISTER_OF',
  'BORN_IN',
  'LOCATED_IN',
  'ACCUSED',
  'CRITICIZED',
  'AGREED_WITH',
  'FUNDED',
  'KILLED',
] as const;
const SYLLABLES = ['ka', 'lo', 'mir', 'tan', 'vel', 'dor', 'sha', 'ren', 'bu', 'zi', 'mon', 'tek', 'al', 'ver', 'ni', 'gor'];
const BATCH = 10_000;

/** mulberry32: the same seed gives the same graph on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rank in [0, n) from a power law (s = 1): a few hubs, a long tail, as with entities in news. */
const zipf = (u: number, n: number) => Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);

function word(n: number): string {
  let s = '';
  for (let i = 0; i < 3; i += 1, n = Math.floor(n / SYLLABLES.length) + i * 5) s += SYLLABLES[n % SYLLABLES.length];
  return s[0]!.toUpperCase() + s.slice(1);
}

export function benchEntity(rank: number) {
  const type = TYPES[rank % TYPES.length]!;
  const name = `${word(rank * 7919)} ${word(rank)} ${rank}`;
  return { id: `bench-${type.toLowerCase()}-${rank}`, name, type, subtype: null, aliases: [name, `${word(rank)} ${rank}`] };
}

async function run(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

async function batched<T>(driver: Driver, rows: T[], cypher: string, label: string, extra: Record<string, unknown> = {}) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await run(driver, cypher, { rows: rows.slice(i, i + BATCH), ...extra });
    process.stderr.write(`\r${label}: ${Math.min(i + BATCH, rows.length)}/${rows.length}   `);
  }
  if (rows.length) process.stderr.write('\n');
}

export async function clearBench(driver: Driver) {
  // In chunks: one transaction deleting a million nodes would need gigabytes of heap.
  for (const match of [
    'MATCH (n:Statement) WHERE n.documentId STARTS WITH "bench-"',
    'MATCH (n:Entity) WHERE n.id STARTS WITH "bench-"',
    'MATCH (n:Document) WHERE n.id STARTS WITH "bench-"',
  ]) {
    for (;;) {
      const r = await run(driver, `${match} WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c`);
      if (r.records[0]!.get('c') === 0) break;
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
}

/** Writes `triples` statements over triples/10 entities and triples/50 documents. */
export async function generate(driver: Driver, triples: number, seed = 42) {
  const next = random(seed);
  const nEntities = Math.max(100, Math.floor(triples / 10));
  const perDoc = 50;
  const facts = new Map<string, { s: string; o: string; p: string; negated: boolean; attributedTo: string | null; confs: number[] }>();
  const statements: Record<string, unknown>[] = [];
  const mentions = new Map<string, number>(); // `${entityRank}|${doc}` -> count
  for (let i = 0; i < triples; i += 1) {
    const sr = zipf(next(), nEntities);
    let or = zipf(next(), nEntities);
    if (or === sr) or = (sr + 1 + Math.floor(next() * 1000)) % nEntities;
    const p = PREDICATES[Math.floor(next() * next() * PREDICATES.length)]!;
    const negated = next() < 0.03;
    const attributedTo = next() < 0.05 ? benchEntity(zipf(next(), nEntities)).id : null;
    const [s, o] = [benchEntity(sr).id, benchEntity(or).id];
    const id = factId(s, p, o, negated, attributedTo);
    const confidence = Math.round((0.3 + next() * 0.69) * 100) / 100;
    const fact = facts.get(id) ?? { s, o, p, negated, attributedTo, confs: [] };
    fact.confs.push(confidence);
    facts.set(id, fact);
    const doc = `bench-doc-${Math.floor(i / perDoc)}`;
    statements.push({
      id: `${doc}/t${i % perDoc}`,
      factId: id,
      documentId: doc,
      predicate: p,
      subject: s,
      object: o,
      negated,
      attributedTo,
      confidence,
      sentence: i % perDoc,
      start: (i % perDoc) * 100,
      end: (i % perDoc) * 100 + 90,
      text: `${benchEntity(sr).name} ${p.toLowerCase().replace(/_/g, ' ')} ${benchEntity(or).name}.`,
      extractor: 'bench-gen@1',
    });
    for (const r of [sr, or]) mentions.set(`${r}|${doc}`, (mentions.get(`${r}|${doc}`) ?? 0) + 1);
  }
  const mentionCount = new Map<number, number>();
  for (const [key, c] of mentions) mentionCount.set(Number(key.split('|')[0]), (mentionCount.get(Number(key.split('|')[0])) ?? 0) + c);

  await ensureSchema(driver);
  await clearBench(driver);
  const nDocs = Math.ceil(triples / perDoc);
  const docs = Array.from({ length: nDocs }, (_, d) => ({
    id: `bench-doc-${d}`,
    title: `Bench article ${d}`,
    source: 'bench',
    publishedAt: new Date(Date.UTC(2020, 0, 1) + d * 3_600_000).toISOString(),
  }));
  await batched(
    driver,
    docs,
    `UNWIND $rows AS row CREATE (d:Document {id: row.id, sha256: row.id, title: row.title, source: row.source, publishedAt: row.publishedAt, ingestedAt: datetime()})`,
    'documents',
  );
  for (const type of TYPES) {
    const rows = [...mentionCount.entries()]
      .map(([rank, count]) => ({ ...benchEntity(rank), mentionCount: count }))
      .filter((e) => e.type === type);
    await batched(
      driver,
      rows,
      `UNWIND $rows AS row CREATE (e:Entity:${type} {id: row.id, name: row.name, type: row.type, subtype: row.subtype, aliases: row.aliases, mentionCount: row.mentionCount})`,
      `entities ${type}`,
    );
  }
  const mentionRows = [...mentions.entries()].map(([key, count]) => ({
    e: benchEntity(Number(key.split('|')[0])).id,
    d: key.split('|')[1],
    count,
  }));
  await batched(
    driver,
    mentionRows,
    `UNWIND $rows AS row MATCH (e:Entity {id: row.e}), (d:Document {id: row.d}) CREATE (e)-[:MENTIONED_IN {count: row.count, offsets: []}]->(d)`,
    'mentions',
  );
  for (const p of PREDICATES) {
    const rows = [...facts.entries()]
      .filter(([, f]) => f.p === p)
      .map(([id, f]) => ({
        id,
        s: f.s,
        o: f.o,
        negated: f.negated,
        attributedTo: f.attributedTo,
        evidenceCount: f.confs.length,
        confidence: 1 - f.confs.reduce((acc, c) => acc * (1 - c), 1),
      }));
    await batched(
      driver,
      rows,
      `UNWIND $rows AS row MATCH (a:Entity {id: row.s}), (b:Entity {id: row.o})
      CREATE (a)-[:${p} {id: row.id, confidence: row.confidence, evidenceCount: row.evidenceCount, negated: row.negated, attributedTo: row.attributedTo, firstSeen: datetime(), lastSeen: datetime()}]->(b)`,
      `facts ${p}`,
    );
  }
  await batched(driver, statements, 'UNWIND $rows AS row CREATE (s:Statement) SET s = row', 'statements');
  return { triples, facts: facts.size, entities: mentionCount.size, documents: nDocs };
}

async function main() {
  const args = process.argv.slice(2);
  const { driver } = await benchDriver();
  try {
    if (args.includes('--clear')) return void (await clearBench(driver));
    const triples = Number(args[args.indexOf('--triples') + 1] ?? 100_000) || 100_000;
    const t0 = Date.now();
    const summary = await generate(driver, triples);
    console.log(JSON.stringify({ ...summary, seconds: (Date.now() - t0) / 1000 }));
  } finally {
    await driver.close();
  }
}

if (require.main === module)
  void main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
