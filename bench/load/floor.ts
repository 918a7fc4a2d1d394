import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';

/**
 * The floor of an online load on this machine: the relationships of the corpus's facts alone, written with the
 * cheapest Cypher there is (`UNWIND` + `CREATE` between entities found by their unique id; no properties, no
 * evidence, no documents, no index entries), in the loader's batch size and number of writers, into the database
 * the loader has just filled. No loader that keeps the facts' evidence can be faster than this; the loader's
 * ratio to it says how much the evidence and the semantics (idempotence, merging, retraction) cost.
 */
export const FLOOR_WRITE = `UNWIND $rows AS row
MATCH (a:Entity {id: row.s})
MATCH (b:Entity {id: row.o})
CREATE (a)-[:FLOOR_BENCH]->(b)`;

export async function floorWrite(
  driver: Driver,
  corpus: string,
  { maxTriples, batchSize, concurrency }: { maxTriples: number; batchSize: number; concurrency: number },
) {
  const rows: { s: string; o: string }[] = [];
  for await (const line of createInterface({ input: createReadStream(corpus) })) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { triples: { subject: string; object: string }[] };
    for (const t of record.triples) if (rows.length < maxTriples) rows.push({ s: t.subject, o: t.object });
    if (rows.length >= maxTriples) break;
  }
  const batches: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
  let next = 0;
  let created = 0;
  const started = performance.now();
  const writer = async () => {
    const session = driver.session();
    try {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const result = await session.executeWrite((tx) => tx.run(FLOOR_WRITE, { rows: batch }));
        created += result.summary.counters.updates().relationshipsCreated;
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, writer));
  const seconds = (performance.now() - started) / 1000;
  if (created !== rows.length) throw new Error(`the floor write created ${created} relationships for ${rows.length} triples`);
  return { triples: rows.length, seconds, triplesPerSecond: rows.length / seconds };
}
