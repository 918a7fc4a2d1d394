import neo4j, { type Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

// Bad input of every kind gets a coded error, and the server goes on answering everyone else.
let driver: Driver;
let loader: Loader;
let server: TestServer;
const p = uniqueId('limits');
const [a, b] = [`${p}-a`, `${p}-b`];
const doc = uniqueId('doc');
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loader.loadRecord(
    makeRecord(doc, `Ka ${p} meets Kb ${p}.`, { [a]: `Ka ${p}`, [b]: `Kb ${p}` }, [{ subject: a, predicate: 'MET_WITH', object: b }]),
  );
  server = await startTestServer(driver);
});

afterAll(async () => {
  await loader.deleteDocument(doc);
  await server.running.close();
  await driver.close();
});

const healthy = async () => {
  const res = await server.gql(`query($id: ID!) { entity(id: $id) { relations { nodes { object { id } } } } }`, { id: a });
  expect(res.data!.entity.relations.nodes).toEqual([{ object: { id: b } }]);
};

describe('bad input', () => {
  it('answers unknown ids with NOT_FOUND', async () => {
    const none = `${p}-nobody`;
    for (const query of [
      `{ entity(id: "${none}") { id } }`,
      `{ relation(id: "${none}") { id } }`,
      `{ document(id: "${none}") { id } }`,
      `{ neighborhood(id: "${none}") { truncated } }`,
      `{ paths(from: "${a}", to: "${none}") { length } }`,
      `{ commonNeighbors(a: "${none}", b: "${a}") { entity { id } } }`,
      `{ relations(object: "${none}") { totalCount } }`,
    ]) {
      expect([query, code(await server.gql(query))]).toEqual([query, 'NOT_FOUND']);
    }
  });

  it('refuses requests beyond the caps with LIMIT_EXCEEDED', async () => {
    for (const query of [
      `{ neighborhood(id: "${a}", depth: 50) { truncated } }`,
      `{ neighborhood(id: "${a}", limit: 100000) { truncated } }`,
      `{ paths(from: "${a}", to: "${b}", maxLength: 100) { length } }`,
      `{ entities(first: 1000000000) { totalCount } }`,
      `{ search(query: "Ka", first: 1000000000) { score } }`,
      `{ entity(id: "${a}") { relations(first: 1000000000) { totalCount } } }`,
      `{ subgraph(ids: [${Array.from({ length: 501 }, (_, i) => `"${i}"`).join(',')}]) { truncated } }`,
    ]) {
      expect([query.slice(0, 60), code(await server.gql(query))]).toEqual([query.slice(0, 60), 'LIMIT_EXCEEDED']);
    }
    await healthy();
  });

  it('refuses 500 aliases, deep nesting and a 1 MB query before running them', async () => {
    const aliases = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    expect(code(await server.gql(aliases))).toBe('LIMIT_EXCEEDED');
    const fewAliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    expect(code(await server.gql(fewAliases))).toBe('LIMIT_EXCEEDED');
    const deep = `{ entity(id: "${a}") { ${'relations { nodes { subject { '.repeat(6)}id${' } } }'.repeat(6)} } }`;
    expect(code(await server.gql(deep))).toBe('LIMIT_EXCEEDED');
    const huge = `{ search(query: "${'x'.repeat(1024 * 1024)}") { score } }`;
    const res = await server.gql(huge);
    expect(code(res)).toBe('LIMIT_EXCEEDED');
    const tooBig = await server.post(JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }));
    expect([tooBig.status, code(tooBig)]).toEqual([413, 'LIMIT_EXCEEDED']);
    await healthy();
  });

  it('answers malformed JSON, syntax errors and unknown fields with BAD_USER_INPUT', async () => {
    const malformed = await server.post('{"query": "{ stats { entities } }"');
    expect([malformed.status, code(malformed)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(code(await server.gql('{ stats { entities '))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql('{ stats { nonsense } }'))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql('query($d: Int!) { neighborhood(id: "x", depth: $d) { truncated } }', { d: 'deep' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await server.gql('{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }'))).toBe('BAD_USER_INPUT');
    await healthy();
  });

  it('refuses injection attempts in predicate names with BAD_USER_INPUT', async () => {
    const attempts = ['X]->() DETACH DELETE n //', 'SUPPORTS|MENTIONED_IN`', "a' OR 1=1"];
    for (const predicate of attempts) {
      expect(code(await server.gql('query($p: String) { relations(predicate: $p) { totalCount } }', { p: predicate }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        code(
          await server.gql('query($id: ID!, $p: [String!]) { neighborhood(id: $id, predicates: $p) { truncated } }', {
            id: a,
            p: [predicate],
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    }
    await healthy();
  });

  it('keeps serving others while bad requests pour in', async () => {
    const bad = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? server.post('{nope') : server.gql(`{ neighborhood(id: "${a}", depth: 50) { truncated } }`),
    );
    await Promise.all([...bad, healthy()]);
  });
});

describe('server options', () => {
  it('requires the key for reads when configured, and hides introspection when asked', async () => {
    const locked = await startTestServer(driver, { apiKey: 'k', requireKeyForReads: true, introspection: false });
    try {
      const anon = await locked.gql('{ stats { entities } }');
      expect([anon.status, code(anon)]).toEqual([401, 'UNAUTHENTICATED']);
      const keyed = await locked.gql('{ stats { entities } }', {}, { authorization: 'Bearer k' });
      expect(keyed.errors).toBeUndefined();
      const schema = await locked.gql('{ __schema { types { name } } }', {}, { authorization: 'Bearer k' });
      expect(code(schema)).toBe('BAD_USER_INPUT');
    } finally {
      await locked.running.close();
    }
  });

  it('serves GraphiQL only when enabled and answers CORS preflights for the allowed origins', async () => {
    const html = (s: TestServer) =>
      fetch(s.running.url, { headers: { accept: 'text/html' } }).then((r) => r.headers.get('content-type') ?? '');
    expect(await html(server)).toContain('text/html');
    // The playground must work offline: its page may not load scripts or styles from a CDN.
    const page = await fetch(server.running.url, { headers: { accept: 'text/html' } }).then((r) => r.text());
    expect(page).toContain('newsgraph');
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/i);
    const closed = await startTestServer(driver, { graphiql: false, cors: ['https://analyst.example'] });
    try {
      expect(await html(closed)).not.toContain('text/html');
      const preflight = await fetch(closed.running.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://analyst.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    } finally {
      await closed.running.close();
    }
  });

  it('says DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2000,
    });
    const orphan = await startTestServer(dead);
    try {
      expect(code(await orphan.gql(`{ entity(id: "${a}") { id } }`))).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await orphan.running.close();
      await dead.close();
    }
  });
});
