import type { Driver } from 'neo4j-driver';
import { createLoader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { graphFigures, removeCorpus, testCorpus } from './support/corpus';

jest.setTimeout(30_000); // the integration project's testTimeout is not applied per project by jest

let driver: Driver;
const prefixes: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
});

afterAll(async () => {
  for (const p of prefixes) await removeCorpus(driver, p);
  await driver.close();
});

function corpus(triples: number, seed?: number) {
  const c = testCorpus(triples, seed);
  prefixes.push(c.prefix);
  return c;
}

/** The figures compared with what the records say, minus the noise of which batch wrote what. */
function expectExact(figures: Awaited<ReturnType<typeof graphFigures>>, expected: ReturnType<typeof testCorpus>['expected']) {
  expect(figures).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0, mentionLinksAgree: true });
  expect({ documents: figures.documents, statements: figures.statements, facts: figures.facts, mentions: figures.mentions }).toEqual(
    expected,
  );
}

describe('batched loading', () => {
  it('loads a corpus in batches with every triple once, and loading it all again changes nothing', async () => {
    const c = corpus(1500);
    const loader = createLoader({ driver, batchSize: 200 });
    const first = await loader.loadRecords(c.records);
    expect(first).toMatchObject({ created: c.records.length, rejected: 0, triples: 1500 });
    expectExact(await graphFigures(driver, c.prefix), c.expected);
    const again = await loader.loadRecords(c.records.map((r) => JSON.stringify(r)));
    expect(again).toMatchObject({ created: 0, unchanged: c.records.length, triples: 0 });
    expectExact(await graphFigures(driver, c.prefix), c.expected);
  });

  it('two concurrent loaders on overlapping documents and entities both finish, each fact counted once', async () => {
    const c = corpus(800, 2);
    const [a, b] = [createLoader({ driver, batchSize: 100 }), createLoader({ driver, batchSize: 150 })];
    const [ra, rb] = await Promise.all([a.loadRecords(c.records), b.loadRecords([...c.records].reverse())]);
    expect([...ra.errors, ...rb.errors]).toEqual([]);
    expect(ra.created + rb.created).toBe(c.records.length);
    expectExact(await graphFigures(driver, c.prefix), c.expected);
  });

  it('writes several batches at once (concurrency) with every triple once, the same as one writer', async () => {
    const c = corpus(1200, 4);
    const summary = await createLoader({ driver, batchSize: 60, concurrency: 4 }).loadRecords(c.records);
    expect(summary).toMatchObject({ created: c.records.length, rejected: 0, triples: 1200 });
    expectExact(await graphFigures(driver, c.prefix), c.expected);
  });

  it('rejects a record Neo4j refuses with its line, and loads the rest of its batch', async () => {
    const c = corpus(300, 3);
    const victim = c.records[2]!;
    // A statement id that is already taken makes the unique constraint refuse that document's write.
    await driver.executeQuery('CREATE (:Statement {id: $id, documentId: $doc})', {
      id: `${victim.document.id}/t0`,
      doc: victim.document.id,
    });
    const summary = await createLoader({ driver, batchSize: 10_000 }).loadRecords(c.records);
    expect(summary).toMatchObject({ created: c.records.length - 1, rejected: 1 });
    expect(summary.errors.map((e) => [e.line, e.code, e.documentId])).toEqual([[3, 'WRITE_FAILED', victim.document.id]]);
    const figures = await graphFigures(driver, c.prefix);
    expect(figures.documents).toBe(c.records.length - 1);
    expect(figures.statements).toBe(c.expected.statements - victim.triples.length + 1); // + the planted one
  });

  it('applies a changed version later in the same stream: the later one wins, evidence replaced', async () => {
    const p = uniqueId('bl');
    prefixes.push(p);
    const names = { [`${p}-a`]: `Alpha ${p}`, [`${p}-b`]: `Beta ${p}` };
    const v1 = makeRecord(`${p}-doc`, `${names[`${p}-a`]} backs ${names[`${p}-b`]}.`, names, [
      { subject: `${p}-a`, predicate: 'SUPPORTS', object: `${p}-b`, confidence: 0.4 },
    ]);
    const v2 = makeRecord(`${p}-doc`, `${names[`${p}-a`]} attacked ${names[`${p}-b`]}!`, names, [
      { subject: `${p}-a`, predicate: 'ATTACKS', object: `${p}-b`, confidence: 0.9 },
    ]);
    const summary = await createLoader({ driver }).loadRecords([v1, v2]);
    expect(summary).toMatchObject({ created: 1, replaced: 1 });
    const { records } = await driver.executeQuery('MATCH (:Entity {id: $a})-[r]->(:Entity) RETURN type(r) AS p, r.evidenceCount AS n', {
      a: `${p}-a`,
    });
    expect(records.map((r) => r.toObject())).toEqual([{ p: 'ATTACKS', n: 1 }]);
    expect((await graphFigures(driver, p)).mentions).toEqual({ [`${p}-a`]: 1, [`${p}-b`]: 1 });
  });

  it('merges entity properties: aliases accumulate, mention counts add up, the fullest name wins', async () => {
    const p = uniqueId('bl');
    prefixes.push(p);
    const id = `${p}-erdogan`;
    const short = makeRecord(`${p}-d1`, 'Erdogan spoke.', { [id]: 'Erdogan' }, []);
    const full = makeRecord(`${p}-d2`, 'Recep Tayyip Erdogan spoke, and Erdogan left.', { [id]: 'Recep Tayyip Erdogan' }, []);
    full.entities[0]!.aliases = ['Erdoğan'];
    full.entities[0]!.mentions.push({ start: 32, end: 39, text: 'Erdogan', sentence: 0 });
    const loader = createLoader({ driver });
    await loader.loadRecords([short]);
    await loader.loadRecords([full]);
    const read = async () =>
      (await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e {.name, .aliases, .mentionCount} AS e', { id })).records[0]?.get('e');
    expect(await read()).toEqual({
      name: 'Recep Tayyip Erdogan',
      aliases: ['Erdogan', 'Recep Tayyip Erdogan', 'Erdoğan'],
      mentionCount: 3,
    });
    await loader.deleteDocument(`${p}-d2`);
    expect(await read()).toMatchObject({ mentionCount: 1 });
  });
});
