/**
 * PROFILEs the loader's write statements on one batch of new documents and commits it, and prints
 * each statement's time and db hits per operator: where the time of a load goes.
 *   tsx bench/load/profile.ts --file F --uri U --password P [--batch-size 5000]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { connect, ensureFactIndexes, prepareRecord, type PreparedRecord } from '@newsgraph/loader';
import { validateRecord } from '@newsgraph/contract';
import { planBatch } from '../../packages/loader/src/plan-batch';
import {
  WRITE_DOCUMENTS,
  WRITE_ENTITIES,
  WRITE_STATEMENTS,
  KNOWN_FACTS,
  CREATE_FACTS,
  updateFacts,
} from '../../packages/loader/src/write-batch';

function operators(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  out.push(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits}${plan.arguments?.Details ? ` ${String(plan.arguments.Details).slice(0, 110)}` : ''}`,
  );
  for (const child of plan.children) operators(child, depth + 1, out);
  return out;
}

const totalHits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + totalHits(c), 0);

export async function profileBatch({
  file,
  uri,
  password,
  batchSize = 5000,
  log = console.log,
}: {
  file: string;
  uri: string;
  password: string;
  batchSize?: number;
  log?: (s: string) => void;
}) {
  const records: PreparedRecord[] = [];
  let triples = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const v = validateRecord(JSON.parse(line));
    if (!v.ok) continue;
    const r = prepareRecord(v.record);
    records.push(r);
    triples += r.tripleCount;
    if (triples >= batchSize) break;
  }
  const plan = planBatch(records);
  const driver = await connect({ uri, password });
  await ensureFactIndexes(driver, new Set(plan.facts.map((f) => f.predicate)));
  const session = driver.session();
  const tx = session.beginTransaction();
  const rows: { statement: string; ms: number; dbHits: number; rows: number }[] = [];
  try {
    const run = async (name: string, cypher: string, params: object) => {
      const t0 = performance.now();
      const result = await tx.run(`PROFILE ${cypher}`, params);
      const ms = performance.now() - t0;
      const profile = result.summary.profile as ProfiledPlan;
      rows.push({ statement: name, ms, dbHits: totalHits(profile), rows: (params as { rows: unknown[] }).rows.length });
      log(`\n== ${name}: ${ms.toFixed(0)} ms, ${totalHits(profile)} db hits, ${(params as { rows: unknown[] }).rows.length} rows`);
      log(operators(profile).join('\n'));
    };
    // The loader's order (write-batch.ts): statements, entities, documents, which facts exist, updates, new facts.
    const query = { ids: plan.facts.map((f) => f.id), documents: plan.documents.map((d) => d.id) };
    await run('statements', WRITE_STATEMENTS, { rows: plan.statements });
    await run('entities', WRITE_ENTITIES, { rows: plan.entities });
    await run('documents+mentions', WRITE_DOCUMENTS, { rows: plan.documents });
    const known = new Set<string>((await tx.run(KNOWN_FACTS, query)).records.map((r) => r.get('id')));
    await run('known facts (read)', KNOWN_FACTS, { rows: plan.facts, ...query });
    const knownRows = plan.facts.filter((f) => known.has(f.id));
    for (const p of new Set(knownRows.map((f) => f.predicate)))
      await run(`known facts:${p}`, updateFacts(p), { rows: knownRows.filter((f) => f.predicate === p) });
    await run('new facts', CREATE_FACTS, { rows: plan.facts.filter((f) => !known.has(f.id)) });
    const t0 = performance.now();
    await tx.commit();
    rows.push({ statement: 'commit', ms: performance.now() - t0, dbHits: 0, rows: 0 });
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
    await driver.close();
  }
  return rows;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, uri: { type: 'string' }, password: { type: 'string' }, 'batch-size': { type: 'string' } },
  });
  profileBatch({ file: values.file!, uri: values.uri!, password: values.password!, batchSize: Number(values['batch-size'] ?? 5000) })
    .then((rows) => console.table(rows.map((r) => ({ ...r, ms: Math.round(r.ms) }))))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
