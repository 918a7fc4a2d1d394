/**
 * PROFILEs the loader's write statements on one batch of new documents and commits it, and prints
 * each statement's time and db hits per operator: where the time of a load goes.
 *   tsx bench/load/profile.ts --file F --uri U --password P [--batch-size 5000] [--skip RECORDS]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { connect, ensureFactIndexes, ensureSchema, prepareRecord, type PreparedRecord } from '@newsgraph/loader';
import { validateRecord } from '@newsgraph/contract';
import { planBatch } from '../../packages/loader/src/plan-batch';
import {
  WRITE_DOCUMENTS,
  WRITE_ENTITIES,
  WRITE_STATEMENTS,
  CREATE_FACTS,
  updateFacts,
  factsByType,
  KEEP_PLAN,
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
  skip = 0,
  log = console.log,
}: {
  file: string;
  uri: string;
  password: string;
  batchSize?: number;
  /** Records of the file to pass over first: profiles a batch that meets the graph the earlier ones made. */
  skip?: number;
  log?: (s: string) => void;
}) {
  const records: PreparedRecord[] = [];
  let triples = 0;
  let seen = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (seen++ < skip) continue;
    const v = validateRecord(JSON.parse(line));
    if (!v.ok) continue;
    const r = prepareRecord(v.record);
    records.push(r);
    triples += r.tripleCount;
    if (triples >= batchSize) break;
  }
  const plan = planBatch(records);
  const driver = await connect({ uri, password });
  await ensureSchema(driver);
  await ensureFactIndexes(driver, new Set(plan.facts.map((f) => f.predicate)));
  const session = driver.session();
  const tx = session.beginTransaction();
  const rows: { statement: string; ms: number; dbHits: number; rows: number }[] = [];
  try {
    const run = async (name: string, cypher: string, params: object) => {
      const t0 = performance.now();
      const result = await tx.run(
        cypher.startsWith(KEEP_PLAN) ? cypher.replace(KEEP_PLAN, `${KEEP_PLAN} PROFILE`) : `PROFILE ${cypher}`,
        params,
      );
      const ms = performance.now() - t0;
      const profile = result.summary.profile as ProfiledPlan;
      rows.push({ statement: name, ms, dbHits: totalHits(profile), rows: (params as { rows: unknown[] }).rows.flat().length });
      log(`\n== ${name}: ${ms.toFixed(0)} ms, ${totalHits(profile)} db hits, ${(params as { rows: unknown[] }).rows.flat().length} rows`);
      log(operators(profile).join('\n'));
      return result;
    };
    // The loader's order (write-batch.ts): statements, entities, documents, known facts updated, new facts.
    await run('statements', WRITE_STATEMENTS, { rows: plan.statements });
    await run('entities', WRITE_ENTITIES, { rows: plan.entities });
    await run('documents+mentions', WRITE_DOCUMENTS, { rows: plan.documents });
    const byType = factsByType(plan.facts);
    const updated = new Set<string>(
      (await run('known facts (update)', updateFacts(byType.types), { rows: byType.rows })).records.map((r) => r.get('id')),
    );
    await run('new facts', CREATE_FACTS, { rows: plan.facts.filter((f) => !updated.has(f.id)) });
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
    options: {
      file: { type: 'string' },
      uri: { type: 'string' },
      password: { type: 'string' },
      'batch-size': { type: 'string' },
      skip: { type: 'string' },
    },
  });
  profileBatch({
    file: values.file!,
    uri: values.uri!,
    password: values.password!,
    batchSize: Number(values['batch-size'] ?? 5000),
    skip: Number(values.skip ?? 0),
  })
    .then((rows) => console.table(rows.map((r) => ({ ...r, ms: Math.round(r.ms) }))))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
