import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import type { ServerOptions } from '@newsgraph/server';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { loadSample } from '../../../test/support/sample';
import { startTestServer, type TestServer } from '../../../test/support/graphql';
import { rawRequest, sameAnswer, type RawResponse } from './support/coded';
import { capturingLogger, laneAnswers } from './support/log';

// The fast lane answers repeated read queries without yoga: its answers must be exactly the full pipeline's.
let driver: Driver;
let loader: Loader;
const doc = uniqueId('lane-doc');
const KEY = 'lane-key-5c1e';
const started: TestServer[] = [];

async function serverWith(options: Partial<Omit<ServerOptions, 'driver'>> = {}) {
  const log = capturingLogger();
  const server = await startTestServer(driver, { logger: log.logger, apiKey: KEY, preparedQueries: { compileAfter: 1 }, ...options });
  started.push(server);
  return { server, answered: () => laneAnswers(log.entries()) };
}

const post = (server: TestServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  rawRequest(server.running.url, {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...headers },
  });

/** What a client sees: status, media type and the body, byte for byte. */
const seen = (r: RawResponse) => ({ status: r.status, type: r.headers['content-type'], text: r.text });

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loadSample(loader, doc);
});

afterAll(async () => {
  for (const s of started) await s.running.close();
  await loader.deleteDocument(doc);
  await driver.close();
});

const ENTITY = `query($id: ID!) { entity(id: $id) { id name type aliases mentionCount
  relations(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { predicate confidence object { name } } } }
  mentions(first: 3) { totalCount nodes { count document { id title } } } } }`;

describe('the fast lane', () => {
  it('answers a repeated query exactly as the full pipeline did, counts included', async () => {
    const { server, answered } = await serverWith();
    const first = await post(server, ENTITY, { id: 'location-turkey' });
    expect(first.body?.errors).toBeUndefined();
    expect((first.body?.data as { entity: { relations: { totalCount: number } } }).entity.relations.totalCount).toBeGreaterThan(3);
    const again = await post(server, ENTITY, { id: 'location-turkey' });
    expect(answered()).toBe(1);
    expect(seen(again)).toEqual(seen(first));
  });

  it('answers in the media type the Accept header asks for, as the full pipeline does', async () => {
    const { server, answered } = await serverWith();
    const query = '{ stats { entities relations documents } }';
    for (const accept of [
      '*/*',
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json',
    ]) {
      const full = await rawRequest(server.running.url, {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', accept },
      });
      const before = answered();
      const lane = await rawRequest(server.running.url, {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', accept },
      });
      expect(answered()).toBe(before + 1);
      expect(seen(lane)).toEqual(seen(full));
    }
    // A stream is not the lane's to answer.
    const stream = await rawRequest(server.running.url, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    });
    expect(stream.headers['content-type']).toContain('text/event-stream');
  });

  it('hands a result with errors to the full pipeline without running the query again', async () => {
    const { server, answered } = await serverWith();
    const query = 'query($id: ID!) { entity(id: $id) { id name } relation(id: $id) { id } }';
    const q0 = server.queries.length;
    const first = await post(server, query, { id: 'no-such-thing' });
    expect(first.body?.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const q1 = server.queries.length;
    const again = await post(server, query, { id: 'no-such-thing' });
    // Two errors raised concurrently come in the order they happened to be raised: compared as a set.
    if (!sameAnswer(again, first)) expect(again.text).toBe(first.text); // shows the difference
    expect(answered()).toBe(0);
    // The lane ran it, the full pipeline only formatted its result: as many database queries as the first time.
    expect(q1 - q0).toBeGreaterThan(0);
    expect(server.queries.length - q1).toBe(q1 - q0);
  });

  it('leaves variables that do not fit the query to the full pipeline, with its error', async () => {
    const { server, answered } = await serverWith();
    const query = 'query($id: ID!, $n: Int!) { entity(id: $id) { relations(first: $n) { totalCount } } }';
    await post(server, query, { id: 'location-turkey', n: 2 });
    const wrong = await post(server, query, { id: 'location-turkey', n: 'two' });
    const wrongAgain = await post(server, query, { id: 'location-turkey', n: 'two' });
    expect(wrong.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(seen(wrongAgain)).toEqual(seen(wrong));
    expect(answered()).toBe(0);
  });

  it('applies the API key and the variables budget as the full pipeline does', async () => {
    const { server, answered } = await serverWith({ requireKeyForReads: true, maxVariableValues: 5 });
    const query = 'query($id: ID!) { entity(id: $id) { id } }';
    const auth = { authorization: `Bearer ${KEY}` };
    await post(server, query, { id: 'location-turkey' }, auth);
    expect((await post(server, query, { id: 'location-turkey' }, auth)).status).toBe(200);
    expect(answered()).toBe(1);
    expect((await post(server, query, { id: 'location-turkey' })).status).toBe(401);
    expect((await post(server, query, { id: 'location-turkey' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const tooMany = await post(server, query, { id: 'location-turkey', a: 1, b: 2, c: 3, d: 4, e: 5 }, auth);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body?.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(answered()).toBe(1);
  });

  it('never answers mutations, and stays shut when turned off', async () => {
    const { server, answered } = await serverWith();
    const del = 'mutation($id: ID!) { deleteDocument(id: $id) { deleted } }';
    const answers: RawResponse[] = [];
    for (let i = 0; i < 3; i += 1) answers.push(await post(server, del, { id: 'lane-no-such-doc' }, { authorization: `Bearer ${KEY}` }));
    for (const a of answers) expect(a.body).toEqual({ data: { deleteDocument: { deleted: false } } });
    expect(answered()).toBe(0);
    const off = await serverWith({ preparedQueries: false });
    for (let i = 0; i < 3; i += 1) expect((await post(off.server, '{ stats { entities } }')).status).toBe(200);
    expect(off.answered()).toBe(0);
  });
});
