import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ExtractionRecord } from '@newsgraph/contract';
import { factId } from '@newsgraph/loader';
import { generateCorpus } from '../../../../bench/gen-corpus/generate';
import { uniqueId } from '../../../../test/support/neo4j';

/** A small synthetic corpus whose documents and entities all carry one unique prefix: the test owns it all. */
export function testCorpus(triples: number, seed = 1) {
  const prefix = uniqueId('bl');
  const records = [
    ...generateCorpus({ triples, seed, entities: Math.max(60, triples / 10), idPrefix: `${prefix}-doc`, entityPrefix: `${prefix}-` }),
  ];
  return { prefix, records, expected: expectedGraph(records) };
}

export function writeJsonl(records: unknown[], name = uniqueId('corpus')): string {
  const file = join(tmpdir(), `${name}.jsonl`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** What the graph must hold after loading `records` once, whatever the batching, order or interruptions. */
export function expectedGraph(records: ExtractionRecord[]) {
  const facts = new Map<string, number>();
  const mentions = new Map<string, number>();
  let statements = 0;
  for (const r of records) {
    for (const e of r.entities) mentions.set(e.id, (mentions.get(e.id) ?? 0) + e.mentions.length);
    for (const t of r.triples) {
      const id = factId(t.subject, t.predicate, t.object, t.negated ?? false, t.attributedTo ?? null);
      facts.set(id, (facts.get(id) ?? 0) + 1);
      statements += 1;
    }
  }
  return {
    documents: records.length,
    statements,
    facts: Object.fromEntries([...facts].sort()),
    mentions: Object.fromEntries([...mentions].sort()),
  };
}

/** The same figures read back from Neo4j, plus the duplicate checks. */
export async function graphFigures(driver: Driver, prefix: string) {
  const q = async (cypher: string) => (await driver.executeQuery(cypher, { prefix })).records;
  const [docs] = await q('MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN count(d) AS n, count(DISTINCT d.id) AS ids');
  const [stmts] = await q('MATCH (s:Statement) WHERE s.documentId STARTS WITH $prefix RETURN count(s) AS n, count(DISTINCT s.id) AS ids');
  const facts = await q(
    'MATCH (a:Entity)-[r]->(:Entity) WHERE a.id STARTS WITH $prefix RETURN r.id AS id, r.evidenceCount AS n ORDER BY id',
  );
  const entities = await q(
    `MATCH (e:Entity) WHERE e.id STARTS WITH $prefix
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->() RETURN e.id AS id, e.mentionCount AS n, sum(m.count) AS fromLinks ORDER BY id`,
  );
  return {
    documents: docs!.get('n') as number,
    duplicateDocuments: docs!.get('n') - docs!.get('ids'),
    statements: stmts!.get('n') as number,
    duplicateStatements: stmts!.get('n') - stmts!.get('ids'),
    duplicateFacts: facts.length - new Set(facts.map((r) => r.get('id'))).size,
    facts: Object.fromEntries(facts.map((r) => [r.get('id'), r.get('n')])),
    mentions: Object.fromEntries(entities.map((r) => [r.get('id'), r.get('n')])),
    mentionLinksAgree: entities.every((r) => r.get('n') === r.get('fromLinks')),
  };
}

/** Deletes everything that carries `prefix` (and only that). */
export async function removeCorpus(driver: Driver, prefix: string): Promise<void> {
  const session = driver.session(); // CALL IN TRANSACTIONS needs an auto-commit transaction
  try {
    await session.run('MATCH (s:Statement) WHERE s.documentId STARTS WITH $prefix CALL (s) { DELETE s } IN TRANSACTIONS OF 5000 ROWS', {
      prefix,
    });
    await session.run('MATCH (d:Document) WHERE d.id STARTS WITH $prefix CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 2000 ROWS', {
      prefix,
    });
    await session.run('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 2000 ROWS', {
      prefix,
    });
  } finally {
    await session.close();
  }
}
