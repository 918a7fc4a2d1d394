import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { connect, prepareRecord, type PreparedRecord } from '@newsgraph/loader';
import { validateRecord } from '@newsgraph/contract';
import { planBatch } from '/work/main/packages/loader/src/plan-batch';
import { WRITE_DOCUMENTS, WRITE_ENTITIES, WRITE_MENTIONS, WRITE_STATEMENTS, writeFacts } from '/work/main/packages/loader/src/write-batch';

(async () => {
  const [file, password, batchSize] = process.argv.slice(2);
  const batches: PreparedRecord[][] = [[]];
  let triples = 0;
  for await (const line of createInterface({ input: createReadStream(file!, 'utf8') })) {
    const v = validateRecord(JSON.parse(line));
    if (!v.ok) continue;
    const r = prepareRecord(v.record);
    batches[batches.length - 1]!.push(r);
    triples += r.tripleCount;
    if (triples >= Number(batchSize)) { batches.push([]); triples = 0; }
  }
  const driver = await connect({ uri: 'bolt://127.0.0.1:7688', password: password! });
  const session = driver.session();
  for (const recs of batches.slice(0, 6)) {
    if (!recs.length) continue;
    const plan = planBatch(recs);
    const tx = session.beginTransaction();
    const t: Record<string, number> = {};
    const run = async (name: string, q: string, p: object) => { const t0 = performance.now(); await tx.run(q, p); t[name] = (t[name] ?? 0) + Math.round(performance.now() - t0); };
    await run('docs', WRITE_DOCUMENTS, { rows: plan.documents });
    await run('entities', WRITE_ENTITIES, { rows: plan.entities });
    await run('mentions', WRITE_MENTIONS, { rows: plan.mentions });
    for (const [p, r] of plan.factsByPredicate) await run('facts', writeFacts(p), { rows: r });
    await run('statements', WRITE_STATEMENTS, { rows: plan.statements });
    const t0 = performance.now(); await tx.commit(); t.commit = Math.round(performance.now() - t0);
    console.log(JSON.stringify(t));
  }
  await session.close(); await driver.close();
})();
