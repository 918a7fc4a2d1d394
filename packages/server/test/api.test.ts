import type { Driver } from 'neo4j-driver';
import { createLoader, factId, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

let driver: Driver;
let loader: Loader;
let server: TestServer;
const p = uniqueId('api');
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => `${p}-${x}`) as [string, string, string, string];
const names = { [a]: `Avalon ${p}`, [b]: `Borduria ${p}`, [c]: `Carpania ${p}`, [d]: `Dravania ${p}` };
const doc = uniqueId('doc');
const API_KEY = 'test-key-123';

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  const text = `${names[a]} supports ${names[b]}. ${names[b]} fights ${names[c]}. ${names[c]} says ${names[d]} is not allied with ${names[a]}.`;
  await loader.loadRecord(
    makeRecord(doc, text, names, [
      { subject: a, predicate: 'SUPPORTS', object: b, confidence: 0.8 },
      { subject: b, predicate: 'FIGHTS', object: c, confidence: 0.6 },
      { subject: d, predicate: 'ALLIED_WITH', object: a, confidence: 0.4, negated: true, attributedTo: c },
    ]),
  );
  server = await startTestServer(driver, { apiKey: API_KEY });
});

afterAll(async () => {
  await loader.deleteDocument(doc);
  await server.running.close();
  await driver.close();
});

describe('GraphQL API over real HTTP and a real Neo4j', () => {
  it('returns an entity with its relations and their evidence', async () => {
    const res = await server.gql(
      `query($id: ID!) { entity(id: $id) { name mentionCount relations(direction: OUTGOING) { nodes { predicate object { id } confidence evidence { text sentence document { id } } } } } }`,
      { id: a },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity).toMatchObject({
      name: names[a],
      relations: {
        nodes: [{ predicate: 'SUPPORTS', object: { id: b }, confidence: 0.8, evidence: [{ sentence: 0, document: { id: doc } }] }],
      },
    });
  });

  it('keeps nested queries to a bounded number of database round trips (no N+1)', async () => {
    server.queries.length = 0;
    const res = await server.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { subject { name } object { name } attributedTo { name } } } }`,
      { id: b },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborhood.edges).toHaveLength(3);
    // center lookup, traversal, one batched lookup of every node: the same however many edges come back
    expect(server.queries.length).toBeLessThanOrEqual(3);
  });

  it('answers who supports whom, negation and attribution included', async () => {
    const res = await server.gql(
      `query($o: ID) { relations(object: $o) { nodes { subject { id } predicate negated attributedTo { id } } } }`,
      { o: a },
    );
    expect(res.data!.relations.nodes).toEqual([{ subject: { id: d }, predicate: 'ALLIED_WITH', negated: true, attributedTo: { id: c } }]);
    const strict = await server.gql(`query($o: ID) { relations(object: $o, includeNegated: false) { nodes { id } } }`, { o: a });
    expect(strict.data!.relations.nodes).toEqual([]);
  });

  it('finds a relation by id and the paths between two entities', async () => {
    const id = factId(a, 'SUPPORTS', b, false, null);
    const rel = await server.gql(`query($id: ID!) { relation(id: $id) { predicate subject { id } object { id } evidenceCount } }`, { id });
    expect(rel.data!.relation).toEqual({ predicate: 'SUPPORTS', subject: { id: a }, object: { id: b }, evidenceCount: 1 });
    const paths = await server.gql(
      `query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxLength: 3) { length nodes { id } edges { predicate } } }`,
      { f: a, t: c },
    );
    expect(paths.data!.paths[0]).toEqual({
      length: 2,
      nodes: [{ id: a }, { id: b }, { id: c }],
      edges: [{ predicate: 'SUPPORTS' }, { predicate: 'FIGHTS' }],
    });
  });

  it('searches names fuzzily', async () => {
    const res = await server.gql(`query($q: String!) { search(query: $q, first: 3) { entity { id } score } }`, {
      q: names[b]!.replace('Borduria', 'Bordurya'),
    });
    expect(res.data!.search[0].entity.id).toBe(b);
  });

  it('refuses out-of-range arguments and unknown ids with coded errors', async () => {
    const deep = await server.gql(`query($id: ID!) { neighborhood(id: $id, depth: 50) { truncated } }`, { id: a });
    expect(deep.errors![0]!.extensions!.code).toBe('LIMIT_EXCEEDED');
    const missing = await server.gql(`{ neighborhood(id: "no-such-entity") { truncated } }`);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const injection = await server.gql(
      `query($id: ID!) { entity(id: $id) { relations(predicates: ["X]->() DETACH DELETE n //"]) { nodes { id } } } }`,
      { id: a },
    );
    expect(injection.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('guards mutations with the API key', async () => {
    const anon = await server.gql(`mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`, { id: doc });
    expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const wrong = await server.gql(
      `mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`,
      { id: 'none' },
      { authorization: 'Bearer nope' },
    );
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const ok = await server.gql(`mutation { deleteDocument(id: "no-such-doc") { deleted } }`, {}, { authorization: `Bearer ${API_KEY}` });
    expect(ok.data!.deleteDocument).toEqual({ deleted: false });
  });

  it('refuses an ingest whose publishedAt is not ISO 8601, naming the field, and stores nothing', async () => {
    const auth = { authorization: `Bearer ${API_KEY}` };
    const ingest =
      'mutation($id: ID, $at: String) { ingestDocument(text: "Turkey supports Russia.", id: $id, publishedAt: $at) { id publishedAt } }';
    const id = `${doc}-dated`;
    for (const at of ['19 December 2016', '2016-13-45', '2016-12-19 17:05']) {
      const bad = await server.gql(ingest, { id, at }, auth);
      expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toMatch(/publishedAt must be an ISO 8601/);
    }
    const missing = await server.gql(`query($id: ID!) { document(id: $id) { id } }`, { id });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const ok = await server.gql(ingest, { id, at: '2016-12-19T17:05:00Z' }, auth);
    expect(ok.data!.ingestDocument).toEqual({ id, publishedAt: '2016-12-19T17:05:00Z' });
    await server.gql(`mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`, { id }, auth);
  });

  it('serves /health and /ready', async () => {
    const base = server.running.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
