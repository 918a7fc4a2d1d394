import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { readConfig } from '@newsgraph/cli';
import { SCHEMA_PATH } from '../src/create-server';
import { DEFAULT_HTTP_TIMEOUTS, httpServerOptions } from '../src/http-handler';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { loadSample } from '../../../test/support/sample';
import { startTestServer, type TestServer } from '../../../test/support/graphql';
import { problemWith, rawRequest, slowRequest, type RawResponse, collectResponse, deleteIngested } from './support/coded';
import { capturingLogger } from './support/log';

// Hostile requests of every kind: each is refused quickly with a coded error, and a normal query sent while it is
// being refused still gets its answer.
const KEY = 'abuse-key-5d1e9c';
const TIMEOUTS = { headers: 1000, request: 2000, keepAlive: 500 };
// Refusals are measured generously: the machine that runs the tests may be busy, but a refusal that takes
// seconds means the server did the work it should have refused.
const QUICK_MS = 5000;
const doc = uniqueId('abuse-doc');
const ingestPrefix = uniqueId('abuse-ingest');
let driver: Driver;
let loader: Loader;
// The shared server's errors (unexpected ones are logged whole), quoted by a failing test.
const serverLog = capturingLogger('error');
let server: TestServer;
let entity: string;
let other: string;
let relation: string;

const code = (res: RawResponse) => res.body?.errors?.[0]?.extensions?.code;
const post = (body: string, headers: Record<string, string> = {}) =>
  rawRequest(server.running.url, { body, headers: { 'content-type': 'application/json', ...headers } });
const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query, variables }), headers);

/** The normal query that must keep working whatever else the server is refusing. */
async function healthy() {
  const res = await gql('query($id: ID!) { entity(id: $id) { id relations(first: 5) { totalCount } } }', { id: entity });
  expect(res.status).toBe(200);
  expect(res.body?.errors).toBeUndefined();
  expect((res.body?.data as { entity: { id: string } }).entity.id).toBe(entity);
}

/**
 * Sends `copies` abusive requests at once and, while they are in flight, a normal one; checks every abusive one
 * got a documented code (`expected`) within QUICK_MS, and returns them.
 */
async function refusedWhileServing(send: () => Promise<RawResponse>, expected: string, copies = 4): Promise<RawResponse[]> {
  const started = Date.now();
  const abuse = Array.from({ length: copies }, () => send().then((res) => ({ res, ms: Date.now() - started })));
  await new Promise((r) => setImmediate(r));
  await healthy();
  const done = await Promise.all(abuse);
  for (const { res, ms } of done) {
    expect(problemWith(res)).toBeNull();
    expect([res.status === 200 || (res.status >= 400 && res.status < 500), code(res)]).toEqual([true, expected]);
    expect(ms).toBeLessThan(QUICK_MS);
  }
  await healthy();
  return done.map((d) => d.res);
}

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loadSample(loader, doc);
  const session = driver.session();
  try {
    const row = (
      await session.run(
        `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.id IS NOT NULL AND (s)-[:MENTIONED_IN]->(:Document {id: $doc})
         RETURN s.id AS s, o.id AS o, r.id AS r ORDER BY r.id LIMIT 1`,
        { doc },
      )
    ).records[0]!;
    [entity, other, relation] = [row.get('s') as string, row.get('o') as string, row.get('r') as string];
  } finally {
    await session.close();
  }
  server = await startTestServer(driver, { apiKey: KEY, timeouts: TIMEOUTS, logger: serverLog.logger });
});

afterAll(async () => {
  await server?.running.close();
  await deleteIngested(driver, loader, ingestPrefix, [doc]);
  await driver.close();
});

describe('query shape', () => {
  it('refuses deep queries', async () => {
    const deep = `{ entity(id: "${entity}") { ${'relations { nodes { subject { '.repeat(8)}id${' } } }'.repeat(8)} } }`;
    await refusedWhileServing(() => gql(deep), 'LIMIT_EXCEEDED');
  });

  it('refuses wide queries (over the token limit)', async () => {
    const fields = ['id', 'name', 'type', 'subtype', 'aliases', 'mentionCount'];
    const wide = `{ ${Array.from({ length: 400 }, (_, i) => `entity(id: "${entity}") { ${fields[i % fields.length]} }`).join(' ')} }`;
    await refusedWhileServing(() => gql(wide), 'LIMIT_EXCEEDED');
  });

  it('refuses alias bombs', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: neighborhood(id: "${entity}", depth: 3) { truncated }`).join(' ')} }`;
    await refusedWhileServing(() => gql(aliases(16)), 'LIMIT_EXCEEDED');
    await refusedWhileServing(() => gql(aliases(1000)), 'LIMIT_EXCEEDED');
  });

  it('refuses field duplication with LIMIT_EXCEEDED, not a bare "Validation aborted."', async () => {
    // 1,500 copies of one field stay under the token limit; graphql-js gives up comparing them.
    const [res] = await refusedWhileServing(() => gql(`{ stats { ${'entities '.repeat(1500)}} }`), 'LIMIT_EXCEEDED', 2);
    expect(res!.body!.errors![0]!.message).toMatch(/too complex/);
    // graphql-js shares that error object between requests: the next one must not inherit anything from it.
    const again = await gql(`{ stats { ${'entities '.repeat(1500)}} }`);
    expect(again.body!.errors).toHaveLength(1);
  });

  it('refuses fragment cycles and fragment spread bombs', async () => {
    await refusedWhileServing(() => gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 'BAD_USER_INPUT');
    const bomb = `query { ...F20 } fragment F0 on Query { stats { entities } } ${Array.from(
      { length: 20 },
      (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
    ).join(' ')}`;
    await refusedWhileServing(() => gql(bomb), 'LIMIT_EXCEEDED');
    const nested = `query { ...N0 } ${Array.from({ length: 30 }, (_, i) => `fragment N${i} on Query { entity(id: "${entity}") { ...E${i} } }`).join(' ')} ${Array.from(
      { length: 30 },
      (_, i) => `fragment E${i} on Entity { relations { nodes { subject { ...E${i + 1} } } } }`,
    ).join(' ')} fragment E30 on Entity { id }`;
    await refusedWhileServing(() => gql(nested), 'LIMIT_EXCEEDED');
  });

  it('refuses directive overload', async () => {
    await refusedWhileServing(() => gql(`{ stats ${'@include(if: true) '.repeat(25)}{ entities } }`), 'LIMIT_EXCEEDED');
    await refusedWhileServing(() => gql(`{ stats ${'@skip(if: false) '.repeat(400)}{ entities } }`), 'LIMIT_EXCEEDED');
    await refusedWhileServing(() => gql(`{ stats @nonsense { entities } }`), 'BAD_USER_INPUT');
  });
});

describe('request size and shape', () => {
  it('refuses huge variables objects before coercing them', async () => {
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    await refusedWhileServing(() => gql('{ stats { entities } }', many), 'LIMIT_EXCEEDED');
    const ids = Array.from({ length: 150_000 }, (_, i) => `x${i}`);
    await refusedWhileServing(() => gql('query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids }), 'LIMIT_EXCEEDED');
    const deep = `{"query":"query($f: EntityFilter) { entities(where: $f) { totalCount } }","variables":{"f":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}}`;
    await refusedWhileServing(() => post(deep), 'LIMIT_EXCEEDED');
    // A request that needs its variables (a few hundred ids) is still served.
    const fine = await gql('query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids: [entity, other, ...ids.slice(0, 400)] });
    expect(fine.body?.errors).toBeUndefined();
  });

  it('refuses batched requests (JSON arrays) with a clear error', async () => {
    const batch = JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ stats { entities } }' })));
    const [res] = await refusedWhileServing(() => post(batch), 'BAD_USER_INPUT');
    expect(res!.status).toBe(400);
    expect(res!.body!.errors![0]!.message).toMatch(/batch/i);
  });

  it('refuses bodies over the size limit, with a Content-Length or chunked without one', async () => {
    const big = JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const [declared] = await refusedWhileServing(() => post(big), 'LIMIT_EXCEEDED', 2);
    expect(declared!.status).toBe(413);
    const chunked = (pieces: number) => () =>
      new Promise<RawResponse>((resolve, reject) => {
        const url = new URL(server.running.url);
        const headers = { 'content-type': 'application/json', 'transfer-encoding': 'chunked' };
        const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers }, (res) =>
          collectResponse(res).then(resolve, reject),
        );
        req.on('error', reject);
        // Written in pieces, each sent as a chunk: the server never learns the total before reading it.
        req.write('{"query": "{ stats { entities } }", "variables": {"pad": "');
        for (let i = 0; i < pieces; i++) req.write('x'.repeat(64 * 1024));
        req.end('"}}');
      });
    const [streamed] = await refusedWhileServing(chunked(48), 'LIMIT_EXCEEDED', 2);
    expect(streamed!.status).toBe(413);
    // A chunked body under the limit is read and served.
    const small = await chunked(2)();
    expect([small.status, small.body?.errors]).toEqual([200, undefined]);
    expect(small.body?.data).toEqual({ stats: { entities: expect.any(Number) } });
  });

  it('refuses the wrong content types with 415 and takes application/json with a charset', async () => {
    const body = JSON.stringify({ query: '{ stats { entities } }' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '']) {
      const send = () => rawRequest(server.running.url, { body, headers: type ? { 'content-type': type } : {} });
      const [res] = await refusedWhileServing(send, 'BAD_USER_INPUT', 2);
      expect([type, res!.status]).toEqual([type, 415]);
    }
    const ok = await rawRequest(server.running.url, { body, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(ok.body?.errors).toBeUndefined();
  });

  it('refuses mutations sent with GET, and runs nothing', async () => {
    const query = `mutation { deleteDocument(id: "${doc}") { deleted } }`;
    const path = `/graphql?query=${encodeURIComponent(query)}`;
    const [res] = await refusedWhileServing(
      () => rawRequest(server.running.url, { method: 'GET', path, headers: { authorization: `Bearer ${KEY}` } }),
      'BAD_USER_INPUT',
    );
    expect(res!.status).toBe(405);
    const still = await gql(`{ document(id: "${doc}") { id } }`);
    expect((still.body?.data as { document: { id: string } }).document.id).toBe(doc);
  });

  it('answers malformed HTTP and oversized headers with a coded error', async () => {
    const garbage = await slowRequest(server.running.url, 'HELLO /graphql WORLD\r\n\r\n', { bytesPerTick: 1000, intervalMs: 1 });
    expect([garbage.status, garbage.body?.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const headers = `GET /graphql?query=%7Bstats%7Bentities%7D%7D HTTP/1.1\r\nHost: x\r\nX-Pad: ${'p'.repeat(64 * 1024)}\r\n\r\n`;
    const huge = await slowRequest(server.running.url, headers, { bytesPerTick: 128 * 1024, intervalMs: 1 });
    expect([huge.status, huge.body?.errors?.[0]?.extensions?.code]).toEqual([431, 'LIMIT_EXCEEDED']);
    await healthy();
  });
});

describe('slow clients', () => {
  const head = (length: number) =>
    `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('cuts off a client that sends its headers slowly', async () => {
    const slow = Array.from({ length: 20 }, () => slowRequest(server.running.url, head(100), { intervalMs: 100 }));
    await new Promise((r) => setTimeout(r, 300));
    await healthy();
    for (const res of await Promise.all(slow)) {
      expect([res.status, res.body?.errors?.[0]?.extensions?.code]).toEqual([408, 'LIMIT_EXCEEDED']);
      // headersTimeout (1 s) plus the checking interval and a busy machine's slack; far below the headers' 10 s.
      expect(res.closedAfterMs).toBeLessThan(TIMEOUTS.headers + 3000);
      expect(res.sent).toBeLessThan(head(100).length);
    }
    await healthy();
  });

  it('cuts off a client that sends its body slowly', async () => {
    const body = JSON.stringify({ query: `{ ${' '.repeat(200)} stats { entities } }` });
    const slow = Array.from({ length: 20 }, () =>
      slowRequest(server.running.url, head(body.length) + body, { intervalMs: 50, bytesPerTick: 4 }),
    );
    await new Promise((r) => setTimeout(r, 500));
    await healthy();
    for (const res of await Promise.all(slow)) {
      expect([res.status, res.body?.errors?.[0]?.extensions?.code]).toEqual([408, 'LIMIT_EXCEEDED']);
      expect(res.closedAfterMs).toBeLessThan(TIMEOUTS.request + 3000);
    }
    await healthy();
  });

  it('closes idle kept-alive connections', async () => {
    const idle = await slowRequest(server.running.url, `GET /health HTTP/1.1\r\nHost: x\r\n\r\n`, { bytesPerTick: 1000, intervalMs: 1 });
    expect(idle.status).toBe(200);
    expect(idle.closedAfterMs).toBeLessThan(TIMEOUTS.keepAlive + 3000);
  });

  it('has timeouts by default, and refuses a headers timeout longer than the request timeout', () => {
    expect(httpServerOptions()).toMatchObject({
      headersTimeout: DEFAULT_HTTP_TIMEOUTS.headers,
      requestTimeout: DEFAULT_HTTP_TIMEOUTS.request,
    });
    expect(httpServerOptions().connectionsCheckingInterval).toBeLessThanOrEqual(1000);
    expect(() => httpServerOptions({ headers: 5000, request: 1000 })).toThrow(RangeError);
  });
});

describe('mutations', () => {
  const ingest = 'mutation($id: ID) { ingestDocument(text: "Turkey supports Russia.", id: $id) { id } }';
  const del = `mutation { deleteDocument(id: "${doc}") { deleted } }`;

  it('refuses mutations without a key, with a wrong key, and with a malformed header', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: KEY },
      { authorization: `Basic ${KEY}` },
      { authorization: `Bearer ${KEY}x` },
    ];
    for (const headers of attempts) {
      const id = `${ingestPrefix}-${Object.keys(headers).length}`;
      await refusedWhileServing(() => gql(ingest, { id }, headers), 'UNAUTHENTICATED', 2);
      await refusedWhileServing(() => gql(del, {}, headers), 'UNAUTHENTICATED', 2);
      expect(code(await gql(`{ document(id: "${id}") { id } }`))).toBe('NOT_FOUND');
    }
    const still = await gql(`{ document(id: "${doc}") { id } }`);
    expect(still.body?.errors).toBeUndefined();
  });

  it('refuses every mutation when the server has no key configured', async () => {
    const open = await startTestServer(driver);
    try {
      for (const authorization of ['', 'Bearer ', 'Bearer undefined', `Bearer ${KEY}`]) {
        const res = await open.gql(del, {}, authorization ? { authorization } : {});
        expect([authorization, res.errors?.[0]?.extensions?.code]).toEqual([authorization, 'UNAUTHENTICATED']);
        expect(res.errors?.[0]?.message).toMatch(/disabled/);
      }
    } finally {
      await open.running.close();
    }
  });
});

// Strings built to break out of a Cypher string, identifier, label or Lucene query if one were ever spliced in.
const INJECTIONS = [
  "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n RETURN 1 //',
  '`) MATCH (n) DETACH DELETE n //',
  'x]->() DETACH DELETE n //',
  '$id} ) CALL db.labels() YIELD label RETURN label //',
  '\\u0027 UNION MATCH (n) RETURN n //',
  'AND OR NOT *:* ~ ^',
  "';CALL dbms.killQueries([]);//",
];

interface Target {
  /** Root field and the path to the argument, e.g. `relations.predicate` or `entities.where.nameContains`. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

/** Every String or ID argument of the schema (input object fields included), each in a query that reaches it. */
function injectionTargets(injection: string, tag = 0): Target[] {
  const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  const reach: Record<string, (inner: string) => string> = {
    Query: (inner) => `query($x: X) { ${inner} }`,
    Mutation: (inner) => `mutation($x: X) { ${inner} }`,
    Entity: (inner) => `query($x: X) { entity(id: "${entity}") { ${inner} } }`,
    Relation: (inner) => `query($x: X) { relation(id: "${relation}") { ${inner} } }`,
    Document: (inner) => `query($x: X) { document(id: "${doc}") { ${inner} } }`,
  };
  const filler = (arg: GraphQLArgument, field: string): string => {
    const t = getNamedType(arg.type).name;
    if (arg.name === 'id' && field === 'document') return `"${doc}"`;
    if (arg.name === 'id' && field === 'relation') return `"${relation}"`;
    if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) return `["${entity}", "${other}"]`;
    if (['to', 'b'].includes(arg.name)) return `"${other}"`;
    if (t === 'ID') return `"${entity}"`;
    if (t === 'String') return arg.name === 'text' ? '"Turkey supports Russia."' : '"Turkey"';
    throw new Error(`no filler for required ${field}(${arg.name}: ${String(arg.type)})`);
  };
  const selection = (type: GraphQLObjectType | null) => {
    if (!type) return '';
    if (type.name === 'Document') return '{ id title source publishedAt }';
    return '{ __typename }';
  };
  const targets: Target[] = [];
  for (const [typeName, wrap] of Object.entries(reach)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const sub = selection(isObjectType(named) ? named : null);
      for (const arg of field.args) {
        // (path inside the argument, the variable's type, the argument's value with $x in place)
        const spots: [string, string, string][] = [];
        const visit = (t: GraphQLInputType, path: string, render: (x: string) => string) => {
          const bare = isNonNullType(t) ? t.ofType : t;
          if (isListType(bare)) return visit(bare.ofType, `${path}[]`, (x) => render(`[${x}]`));
          const named = getNamedType(t);
          if (named.name === 'String' || named.name === 'ID') spots.push([path, `${named.name}!`, render('$x')]);
          if (isInputObjectType(named))
            for (const f of Object.values(named.getFields())) visit(f.type, `${path}.${f.name}`, (x) => render(`{ ${f.name}: ${x} }`));
        };
        visit(arg.type, arg.name, (x) => x);
        for (const [path, varType, value] of spots) {
          const others = field.args
            .filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined)
            .map((a) => `${a.name}: ${filler(a, field.name)}`);
          // What the fuzzed ingestion stores goes under an id of ours, so the test removes it afterwards.
          if (field.name === 'ingestDocument' && arg.name !== 'id') others.push(`id: "${ingestPrefix}-${tag}-${targets.length}"`);
          const args = [`${arg.name}: ${value}`, ...others].join(', ');
          targets.push({
            label: `${typeName}.${field.name}(${path})`,
            query: wrap(`${field.name}(${args}) ${sub}`).replace('$x: X', `$x: ${varType}`),
            variables: { x: injection },
            mutation: typeName === 'Mutation',
          });
        }
      }
    }
  }
  return targets;
}

describe('Cypher injection', () => {
  it('finds every string argument of the schema', () => {
    const labels = injectionTargets('x').map((t) => t.label);
    // A sample of what the walk must reach: root, nested and input-object arguments, and mutations.
    for (const expected of [
      'Query.entity(id)',
      'Query.search(query)',
      'Query.relations(predicate)',
      'Query.neighborhood(predicates[])',
      'Query.entities(where.nameContains)',
      'Query.documents(where.source)',
      'Query.subgraph(ids[])',
      'Entity.relations(attributedTo)',
      'Entity.mentions(after)',
      'Mutation.ingestDocument(title)',
      'Mutation.deleteDocument(id)',
    ])
      expect(labels).toContain(expected);
    expect(labels.length).toBeGreaterThanOrEqual(36);
  });

  it('takes injection strings in every string argument literally: coded errors or data, and the graph is intact', async () => {
    const before = await gql(`{ document(id: "${doc}") { id relations(first: 500) { id } } }`);
    const facts = (before.body!.data as { document: { relations: unknown[] } }).document.relations.length;
    expect(facts).toBeGreaterThan(0);
    for (const [i, injection] of INJECTIONS.entries()) {
      const targets = injectionTargets(injection, i);
      const answers = await Promise.all([
        ...targets.map(async (t) => ({ t, res: await gql(t.query, t.variables, t.mutation ? { authorization: `Bearer ${KEY}` } : {}) })),
        healthy().then(() => null),
      ]);
      for (const answer of answers) {
        if (!answer) continue;
        const { t, res } = answer;
        // A masked error is logged whole by the server: the failure says what it was.
        const problem = problemWith(res);
        if (problem)
          throw new Error(
            `${t.label} with ${JSON.stringify(injection)}: ${problem}\nserver log:\n${serverLog.lines.join('').slice(-6000)}`,
          );
        // What was stored is the string itself, nothing more and nothing less.
        const stored = (res.body?.data as { ingestDocument?: Record<string, string> } | undefined)?.ingestDocument;
        const field = /ingestDocument\((title|source)\)/.exec(t.label)?.[1];
        if (stored && field) expect(stored[field]).toBe(injection);
      }
    }
    const after = await gql(`{ document(id: "${doc}") { id relations(first: 500) { id } } }`);
    expect((after.body!.data as { document: { relations: unknown[] } }).document.relations).toHaveLength(facts);
    await healthy();
  });
});

describe('security defaults', () => {
  it('has body, query, variables and shape limits on by default', async () => {
    const plain = await startTestServer(driver);
    try {
      const big = await plain.post(JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }));
      expect([big.status, big.errors?.[0]?.extensions?.code]).toEqual([413, 'LIMIT_EXCEEDED']);
      const long = await plain.gql(`{ stats { entities } ${' '.repeat(25_000)}}`);
      expect([long.status, long.errors?.[0]?.extensions?.code]).toEqual([413, 'LIMIT_EXCEEDED']);
      const many = await plain.gql('{ stats { entities } }', Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])));
      expect(many.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const aliases = await plain.gql(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`);
      expect(aliases.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const deep = await plain.gql(`{ entity(id: "${entity}") { ${'relations { nodes { subject { '.repeat(6)}id${' } } }'.repeat(6)} } }`);
      expect(deep.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    } finally {
      await plain.running.close();
    }
  });

  it('turns GraphiQL and introspection off with NODE_ENV=production', async () => {
    const config = readConfig({ NODE_ENV: 'production' });
    const prod = await startTestServer(driver, { graphiql: config.graphiql, introspection: config.introspection });
    try {
      const page = await fetch(prod.running.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      const schema = await prod.gql('{ __schema { types { name } } }');
      expect(schema.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const type = await prod.gql('{ __type(name: "Entity") { fields { name } } }');
      expect(type.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Ordinary queries still work, and so does __typename.
      const ok = await prod.gql('{ stats { __typename entities } }');
      expect(ok.errors).toBeUndefined();
    } finally {
      await prod.running.close();
    }
  });

  it('puts security headers on every response, refusals included', async () => {
    const answers = [
      await gql('{ stats { entities } }'),
      await post('{nope'),
      await post(JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } })),
      await rawRequest(server.running.url, { method: 'GET', path: '/health' }),
      await rawRequest(server.running.url, { method: 'GET', headers: { accept: 'text/html' } }),
    ];
    for (const res of answers) {
      expect([res.status, res.headers['x-content-type-options'], res.headers['x-frame-options']]).toEqual([res.status, 'nosniff', 'DENY']);
    }
    const timedOut = await slowRequest(server.running.url, 'POST /graphql HTTP/1.1\r\nHost: x\r\n', { intervalMs: 5000 });
    expect(timedOut.status).toBe(408);
  });

  it('never writes the API key or the Neo4j password to the log', async () => {
    const { logger, lines } = capturingLogger('trace');
    const secretKey = 'log-secret-key-93b2f1';
    const password = process.env.NEO4J_PASSWORD!;
    const logged = await startTestServer(driver, { apiKey: secretKey, logger, timeouts: TIMEOUTS });
    // A driver whose password is wrong: its failures are logged, its password must not be.
    const wrongPassword = 'log-secret-password-5c0ffee';
    const badAuth = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', wrongPassword), { maxTransactionRetryTime: 0 });
    const unauthorized = await startTestServer(badAuth, { logger, apiKey: secretKey });
    try {
      const auth = { authorization: `Bearer ${secretKey}` };
      const id = `${ingestPrefix}-log`;
      const ingest = await logged.gql(
        `mutation($id: ID) { ingestDocument(text: "Turkey supports Russia.", id: $id) { id } }`,
        { id },
        auth,
      );
      expect(ingest.errors).toBeUndefined();
      await logged.gql(`mutation { deleteDocument(id: "${id}") { deleted } }`, {}, { authorization: `Bearer ${secretKey}-wrong` });
      await logged.gql(`mutation { deleteDocument(id: "${id}") { deleted } }`, {}, auth);
      await logged.post('{nope', auth);
      await rawRequest(logged.running.url, {
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent(`{ search(query: "${secretKey}") { score } }`)}`,
        headers: auth,
      });
      // The HTTP parser's refusals carry the raw request, Authorization header included.
      await slowRequest(logged.running.url, `BROKEN /graphql\r\nAuthorization: Bearer ${secretKey}\r\n\r\n`, {
        bytesPerTick: 1000,
        intervalMs: 1,
      });
      await slowRequest(logged.running.url, `POST /graphql HTTP/1.1\r\nAuthorization: Bearer ${secretKey}\r\n`, {
        bytesPerTick: 1000,
        intervalMs: 1,
      });
      const failed = await unauthorized.gql('{ stats { entities } }', {}, auth);
      expect(failed.errors?.[0]?.extensions?.code).toBeDefined();
    } finally {
      await logged.running.close();
      await unauthorized.running.close();
      await badAuth.close();
    }
    const log = lines.join('');
    // The log did record those requests (so the checks below look at something) ...
    expect(log).toMatch(/"msg":"request"/);
    expect(log).toMatch(/"msg":"refused at the HTTP layer"/);
    expect(log.split('\n').filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(5);
    // ... and none of the secrets.
    expect(log).not.toContain(secretKey);
    expect(log).not.toContain(wrongPassword);
    expect(log).not.toContain(password);
  });
});
