import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

// entities(where: {nameContains}) takes its candidates from the fulltext index when the term allows it, and must
// answer exactly what a scan with toLower(name) CONTAINS answers: words cut in the middle, terms across words,
// digits, punctuation and non-ASCII letters in names, and terms the index cannot narrow (which fall back to the scan).
let driver: Driver;
let loader: Loader;
let server: TestServer;
const doc = uniqueId('doc-contains');
const p = uniqueId('contains');
// A word no other test's entity contains: letters and digits, so the index keeps it whole.
const tag = `Zq${randomBytes(4).toString('hex')}`;
const t = tag.toLowerCase();
const names: Record<string, string> = {
  [`${p}-1`]: `${tag}orvath Mallory`,
  [`${p}-2`]: `Dr ${tag}-Ibsen`,
  [`${p}-3`]: `Nova ${tag}42 Group`,
  [`${p}-4`]: `Erdoğan ${tag}`,
  [`${p}-5`]: tag,
  [`${p}-6`]: `The ${tag}.Org`,
};

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loader.loadRecord(makeRecord(doc, `${Object.values(names).join('. ')}.`, names, []));
  server = await startTestServer(driver);
});

afterAll(async () => {
  await loader.deleteDocument(doc);
  await server.running.close();
  await driver.close();
});

/** The ids a scan finds: the meaning of nameContains. */
async function scanned(term: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (e:Entity) WHERE toLower(e.name) CONTAINS $term RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id',
    { term: term.trim().toLowerCase() },
  );
  return records.map((r) => r.get('id') as string);
}

async function viaApi(term: string) {
  server.queries.length = 0;
  const res = await server.gql(`query($q: String) { entities(where: {nameContains: $q}, first: 50) { totalCount nodes { id } } }`, {
    q: term,
  });
  expect(res.errors).toBeUndefined();
  const { totalCount, nodes } = res.data!.entities as { totalCount: number; nodes: { id: string }[] };
  return { ids: nodes.map((n) => n.id), totalCount, indexed: server.queries.every((q) => q.includes('db.index.fulltext.queryNodes')) };
}

describe('entities(where: {nameContains})', () => {
  it.each([
    [t, [1, 2, 3, 4, 5, 6]],
    [`${t}orv`, [1]],
    [`${tag.toUpperCase()}ORV`, [1]],
    [`${t}orvath mal`, [1]],
    [`${t.slice(3)}42 gr`, [3]],
    [`nova ${t}42 group`, [3]],
    [`an ${t}`, [4]],
    [`${t.slice(2)}`, [1, 2, 3, 4, 5, 6]],
  ])('answers %j from the fulltext index as a scan would', async (term, expected) => {
    const found = await viaApi(term);
    expect(found.indexed).toBe(true);
    expect(found.ids.sort()).toEqual(expected.map((i) => `${p}-${i}`).sort());
    expect(found.ids).toEqual(await scanned(term));
    expect(found.totalCount).toBe(expected.length);
  });

  it.each([
    [`${t}-ib`, [2]],
    [`ğan ${t}`, [4]],
    [`${t}.org`, [6]],
    [`${t}orvath  mal`, []],
  ])('answers %j, which the index cannot narrow, by a scan', async (term, expected) => {
    const found = await viaApi(term);
    expect(found.indexed).toBe(false);
    expect(found.ids.sort()).toEqual(expected.map((i) => `${p}-${i}`).sort());
    expect(found.ids).toEqual(await scanned(term));
  });

  it('scans for terms too short for the index, with the same answer', async () => {
    const found = await viaApi('zq');
    expect(found.indexed).toBe(false);
    expect(found.ids).toEqual((await scanned('zq')).slice(0, 50));
  });
});
