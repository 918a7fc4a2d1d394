import type { Driver } from 'neo4j-driver';
import { extract } from '@newsgraph/extractor';
import { createLoader, LoaderError } from '@newsgraph/loader';
import { startTestServer, type TestServer } from '../support/graphql';
import { testDriver, uniqueId } from '../support/neo4j';
import { SAMPLE_TEXT } from '../support/sample';
import { removeCorpus, testCorpus } from '../../packages/loader/test/support/corpus';

// Failures that come from the database itself, not from the input: each must reach the caller as a named,
// coded error that says what happened, never as a raw driver error or a masked INTERNAL_SERVER_ERROR.

let driver: Driver;
let server: TestServer;
const docIds: string[] = [];
const prefixes: string[] = [];
const API_KEY = 'reliability-key';

beforeAll(async () => {
  driver = await testDriver();
  server = await startTestServer(driver, { apiKey: API_KEY });
});

afterAll(async () => {
  await server.running.close();
  const loader = createLoader({ driver });
  for (const id of docIds) await loader.deleteDocument(id);
  await driver.executeQuery('MATCH (s:Statement) WHERE s.documentId IN $ids DETACH DELETE s', { ids: docIds.map((d) => `${d}-squatter`) });
  for (const p of prefixes) await removeCorpus(driver, p);
  await driver.close();
});

/**
 * A Statement node that holds, under the unique constraint, the id that the loader will give one of the
 * document's statements: the loader's CREATE must fail with a constraint violation every time it tries.
 */
async function squat(docId: string, text = SAMPLE_TEXT) {
  const record = extract(text, { id: docId });
  expect(record.triples.length).toBeGreaterThan(0);
  await driver.executeQuery('CREATE (:Statement {id: $id, documentId: $owner})', {
    id: `${docId}/${record.triples[0]!.id}`,
    owner: `${docId}-squatter`,
  });
  return record;
}

describe('a constraint violation', () => {
  it('fails loadRecord with a LoaderError WRITE_FAILED that names the document and the constraint, storing nothing', async () => {
    const docId = uniqueId('rel-constraint');
    docIds.push(docId);
    const record = await squat(docId);
    const loading = createLoader({ driver }).loadRecord(record);
    await expect(loading).rejects.toBeInstanceOf(LoaderError);
    await expect(loading).rejects.toMatchObject({ name: 'LoaderError', code: 'WRITE_FAILED' });
    const message = await loading.catch((e: Error) => e.message);
    expect(message).toContain(docId);
    expect(message).toContain('ConstraintValidationFailed');
    expect(message).toMatch(/rolled back/);
    const { records } = await driver.executeQuery('MATCH (d:Document {id: $docId}) RETURN count(d) AS n', { docId });
    expect(records[0]!.get('n')).toBe(0);
  });

  it('rejects that one record in loadRecords with its line and code, and loads the others', async () => {
    const bad = uniqueId('rel-constraint');
    const good = uniqueId('rel-ok');
    docIds.push(bad, good);
    const record = await squat(bad);
    const summary = await createLoader({ driver }).loadRecords([extract(SAMPLE_TEXT, { id: good }), record]);
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    expect(summary.errors).toEqual([expect.objectContaining({ line: 2, documentId: bad, code: 'WRITE_FAILED' })]);
  });

  it('answers the ingestDocument mutation with a coded GraphQL error, not a masked one', async () => {
    const docId = uniqueId('rel-constraint');
    docIds.push(docId);
    await squat(docId);
    const res = await server.gql(
      'mutation($t: String!, $id: ID!) { ingestDocument(text: $t, id: $id) { id } }',
      { t: SAMPLE_TEXT, id: docId },
      {
        authorization: `Bearer ${API_KEY}`,
      },
    );
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain(docId);
  });
});

describe('a transaction that exceeds its timeout', () => {
  it('is stopped by the database and answered with LIMIT_EXCEEDED, and the server keeps serving', async () => {
    const corpus = testCorpus(200, 31);
    prefixes.push(corpus.prefix);
    await createLoader({ driver }).loadRecords(corpus.records);
    const id = corpus.records[0]!.entities[0]!.id;
    const query = `query($id: ID!) { entity(id: $id) { id name } }`;
    // An index being created in a transaction left open holds the schema lock of :Entity, which every read of
    // :Entity needs: the read waits until the database's guard stops it at the server's transaction timeout.
    const session = driver.session();
    const blocker = await session.beginTransaction();
    const slow = await startTestServer(driver, { readTimeout: 500 });
    try {
      await blocker.run(`CREATE INDEX ${corpus.prefix.replace(/-/g, '_')} IF NOT EXISTS FOR (e:Entity) ON (e.reliabilityProbe)`);
      const res = await slow.gql(query, { id });
      expect(res.status).toBe(200);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['LIMIT_EXCEEDED']);
      expect(res.errors![0]!.message).toMatch(/took longer than the server allows/);
    } finally {
      await blocker.rollback();
      await session.close();
      await slow.running.close();
    }
    // The timeout cost that one request: the same question is answered now.
    const ok = await server.gql(query, { id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.entity.id).toBe(id);
  });
});

describe('a loader write that exceeds its transaction timeout', () => {
  it('is rolled back and fails with TIMED_OUT, saying what to change; a later load goes through', async () => {
    const corpus = testCorpus(1, 47);
    prefixes.push(corpus.prefix);
    const record = corpus.records[0]!;
    // A transaction left open that creates one of the record's entities holds that id's lock under the unique
    // constraint: the loader's MERGE of it waits until the database stops the load at its timeout.
    const session = driver.session();
    const blocker = await session.beginTransaction();
    try {
      await blocker.run('CREATE (:Entity {id: $id})', { id: record.entities[0]!.id });
      const loading = createLoader({ driver, transactionTimeout: 500 }).loadRecord(record);
      await expect(loading).rejects.toMatchObject({ name: 'LoaderError', code: 'TIMED_OUT' });
      const message = await loading.catch((e: Error) => e.message);
      expect(message).toContain(record.document.id);
      expect(message).toMatch(/500 ms.*rolled back.*NEWSGRAPH_LOAD_BATCH_SIZE.*NEWSGRAPH_LOAD_TX_TIMEOUT/);
    } finally {
      await blocker.rollback();
      await session.close();
    }
    const count = async () =>
      (await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: record.document.id })).records[0]!.get('n');
    expect(await count()).toBe(0);
    await createLoader({ driver, transactionTimeout: 5000 }).loadRecord(record);
    expect(await count()).toBe(1);
  });
});
