import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

// Keyset cursors: a pull that pages to the end while documents come in sees every row that was there exactly once.
let driver: Driver;
let loader: Loader;
let server: TestServer;
const p = uniqueId('paging');
const before = Array.from({ length: 24 }, (_, i) => `${p}-e${String(i * 4).padStart(3, '0')}`);
const docs: string[] = [];
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function ingest(ids: string[]) {
  const doc = uniqueId('doc');
  docs.push(doc);
  const names = Object.fromEntries(ids.map((id) => [id, `Pg ${id}`]));
  await loader.loadRecord(makeRecord(doc, Object.values(names).join('. '), names, []));
}

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await ingest(before);
  server = await startTestServer(driver);
});

afterAll(async () => {
  for (const doc of docs) await loader.deleteDocument(doc);
  await server.running.close();
  await driver.close();
});

const PAGE = `query($q: String, $order: EntityOrder, $after: String) {
  entities(where: {nameContains: $q}, orderBy: $order, first: 5, after: $after) {
    edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

describe('keyset paging', () => {
  it('lists every pre-existing entity exactly once in ID_ASC while entities are ingested concurrently', async () => {
    let stop = false;
    let n = 0;
    // A writer running alongside the reader, with ids that land before, between and after the reader's cursor.
    const writer = (async () => {
      while (!stop) {
        n += 1;
        await ingest([`${p}-e${String((n * 7) % 100).padStart(3, '0')}-w${n}`, `${p}-e000-w${n}`, `${p}-e999-w${n}`]);
      }
    })();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    try {
      for (;;) {
        const res = await server.gql(PAGE, { q: p, order: 'ID_ASC', after });
        expect(res.errors).toBeUndefined();
        const conn = res.data!.entities;
        expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...conn.edges.map((e: any) => e.node.id));
        expect(conn.edges.at(-1)?.cursor ?? null).toBe(conn.pageInfo.endCursor);
        pages += 1;
        // Make sure writes land between pages even when the writer is slower than the reader.
        await ingest([`${p}-e${String((pages * 13) % 100).padStart(3, '0')}-r${pages}`]);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
    } finally {
      stop = true;
      await writer;
    }
    expect(n).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect([id, seen.filter((s) => s === id).length]).toEqual([id, 1]);
    expect(seen).toEqual([...seen].sort());
  });

  it('refuses a cursor of another order or another connection with BAD_USER_INPUT', async () => {
    const byName = await server.gql(PAGE, { q: p, order: 'NAME_ASC' });
    const cursor = byName.data!.entities.pageInfo.endCursor;
    expect(code(await server.gql(PAGE, { q: p, order: 'ID_ASC', after: cursor }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(`query($a: String) { documents(after: $a) { totalCount } }`, { a: cursor }))).toBe('BAD_USER_INPUT');
    const next = await server.gql(PAGE, { q: p, order: 'NAME_ASC', after: cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.entities.edges[0].node.id).not.toBe(byName.data!.entities.edges.at(-1).node.id);
  });

  it('pages documents by id and by ingestion time', async () => {
    const query = `query($order: DocumentOrder, $after: String) { documents(orderBy: $order, first: 2, after: $after) {
      nodes { id ingestedAt } pageInfo { hasNextPage endCursor } } }`;
    for (const order of ['ID_ASC', 'INGESTED_DESC']) {
      const first = await server.gql(query, { order });
      expect(first.errors).toBeUndefined();
      const second = await server.gql(query, { order, after: first.data!.documents.pageInfo.endCursor });
      expect(second.errors).toBeUndefined();
      const ids = [...first.data!.documents.nodes, ...second.data!.documents.nodes].map((d: any) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
