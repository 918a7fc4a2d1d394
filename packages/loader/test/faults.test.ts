import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { createLoader } from '@newsgraph/loader';
import { testDriver } from '../../../test/support/neo4j';
import { kgLoad } from '../../../test/support/run-process';
import { graphFigures, removeCorpus, testCorpus, writeJsonl } from './support/corpus';
import { startFlakyProxy } from './support/flaky-proxy';

jest.setTimeout(40_000);

const ROOT = join(__dirname, '../../..');
let driver: Driver;
const prefixes: string[] = [];
const files: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
});

afterAll(async () => {
  for (const p of prefixes) await removeCorpus(driver, p);
  for (const f of files) rmSync(f, { force: true });
  await driver.close();
});

function corpus(triples: number, seed: number) {
  const c = testCorpus(triples, seed);
  prefixes.push(c.prefix);
  return c;
}

function exact(figures: Awaited<ReturnType<typeof graphFigures>>) {
  const { documents, statements, facts, mentions } = figures;
  expect(figures).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0, mentionLinksAgree: true });
  return { documents, statements, facts, mentions };
}

/** A driver through the proxy that gives up its own retries quickly, so the loader's back-off is what is tested. */
function proxiedDriver(uri: string): Driver {
  const { NEO4J_USER = 'neo4j', NEO4J_PASSWORD = '' } = process.env;
  return neo4j.driver(uri, neo4j.auth.basic(NEO4J_USER, NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 500,
    connectionTimeout: 2000,
  });
}

describe('loading through faults', () => {
  it('waits for a Neo4j that restarts in the middle of a load, then finishes with nothing lost or doubled', async () => {
    const c = corpus(800, 11);
    const target = new URL(process.env.NEO4J_URI!);
    const proxy = await startFlakyProxy({ host: target.hostname, port: Number(target.port || 7687) });
    const flaky = proxiedDriver(proxy.uri);
    const waits: number[] = [];
    try {
      const loader = createLoader({ driver: flaky, batchSize: 100, unavailableTimeout: 15_000, onWait: ({ delay }) => waits.push(delay) });
      let restarted: Promise<void> | undefined;
      const summary = await loader.loadRecords(c.records, {
        onProgress: (s) => {
          if (!restarted && s.triples > 200) restarted = proxy.restart(2_000);
        },
      });
      await restarted;
      expect(waits.length).toBeGreaterThan(0);
      expect(summary).toMatchObject({ created: c.records.length, rejected: 0 });
      expect(exact(await graphFigures(driver, c.prefix))).toEqual(c.expected);
    } finally {
      await flaky.close();
      await proxy.close();
    }
  });

  it('gives up with DATABASE_UNAVAILABLE after the retry timeout, keeping what was committed', async () => {
    const c = corpus(600, 12);
    const target = new URL(process.env.NEO4J_URI!);
    const proxy = await startFlakyProxy({ host: target.hostname, port: Number(target.port || 7687) });
    const flaky = proxiedDriver(proxy.uri);
    try {
      const loader = createLoader({ driver: flaky, batchSize: 100, unavailableTimeout: 1_500 });
      let down: Promise<void> | undefined;
      const loading = loader.loadRecords(c.records, { onProgress: () => void (down ??= proxy.down()) });
      await expect(loading).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      const kept = exact(await graphFigures(driver, c.prefix));
      expect(kept.documents).toBeGreaterThan(0);
      expect(kept.documents).toBeLessThan(c.records.length);
      // Everything kept is whole: each stored document has all its evidence.
      const { records } = await driver.executeQuery(
        'MATCH (d:Document) WHERE d.id STARTS WITH $p OPTIONAL MATCH (s:Statement {documentId: d.id}) RETURN d.id AS id, count(s) AS n',
        { p: c.prefix },
      );
      const triples = new Map(c.records.map((r) => [r.document.id, r.triples.length]));
      for (const r of records) expect(r.get('n')).toBe(triples.get(r.get('id')));
      await proxy.up();
      await createLoader({ driver, batchSize: 100 }).loadRecords(c.records);
      expect(exact(await graphFigures(driver, c.prefix))).toEqual(c.expected);
    } finally {
      await flaky.close();
      await proxy.close();
    }
  });

  it('resumes `kg load` killed at 10 random points: no duplicates, nothing lost', async () => {
    if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('build the CLI first: npx tsc -b');
    const c = corpus(1200, 13);
    const file = writeJsonl(c.records);
    files.push(file);
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 1000);
    let kills = 0;
    for (let i = 0; i < 10; i += 1) {
      const at = 400 + ((seed * 7919 + i * 104729) % 1400); // spread over start-up, schema, and the batches
      if ((await kgLoad(file, 60, at)) === null) kills += 1;
    }
    expect(kills).toBeGreaterThan(5); // most runs really were cut short
    const partial = await graphFigures(driver, c.prefix);
    expect(partial).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0 });
    expect(await kgLoad(file, 60)).toBe(0);
    expect(exact(await graphFigures(driver, c.prefix))).toEqual(c.expected);
  });
});
