import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

// A small star around `hub` plus a chain, over two documents: enough for paging, traversals and documents.
let driver: Driver;
let loader: Loader;
let server: TestServer;
const p = uniqueId('graph');
const ids = ['hub', 'x1', 'x2', 'x3', 'x4', 'x5', 'far'].map((x) => `${p}-${x}`);
const [hub, x1, x2, x3, x4, x5, far] = ids as [string, string, string, string, string, string, string];
const names = Object.fromEntries(ids.map((id, i) => [id, `Zq${String.fromCharCode(97 + i)} ${p}`]));
const [doc1, doc2] = [uniqueId('doc'), uniqueId('doc')];

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  const text1 = Object.values(names).join('. ');
  await loader.loadRecord(
    makeRecord(doc1, text1, names, [
      ...[x1, x2, x3, x4, x5].map((x, i) => ({ subject: hub, predicate: 'SUPPORTS', object: x, confidence: 0.9 - i * 0.1 })),
      { subject: x1, predicate: 'FIGHTS', object: x2, confidence: 0.5 },
      { subject: x2, predicate: 'FIGHTS', object: far, confidence: 0.5 },
      { subject: x3, predicate: 'MET_WITH', object: far, confidence: 0.5 },
    ]),
  );
  const text2 = `${names[hub]} and ${names[x1]}.`;
  await loader.loadRecord(
    makeRecord(doc2, text2, { [hub]: names[hub]!, [x1]: names[x1]! }, [
      { subject: x1, predicate: 'ALLIED_WITH', object: hub, confidence: 0.7 },
    ]),
  );
  server = await startTestServer(driver);
});

afterAll(async () => {
  await loader.deleteDocument(doc1);
  await loader.deleteDocument(doc2);
  await server.running.close();
  await driver.close();
});

describe('connections', () => {
  it('pages entities with cursors and a total count', async () => {
    const query = `query($q: String, $after: String) { entities(where: {nameContains: $q}, orderBy: NAME_ASC, first: 3, after: $after) {
      totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const first = await server.gql(query, { q: p.toUpperCase() });
    expect(first.errors).toBeUndefined();
    expect(first.data!.entities).toMatchObject({
      totalCount: 7,
      nodes: ids.slice(0, 3).map((id) => ({ id })),
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const second = await server.gql(query, { q: p, after: first.data!.entities.pageInfo.endCursor });
    expect(second.data!.entities.nodes).toEqual(ids.slice(3, 6).map((id) => ({ id })));
    expect(second.data!.entities.pageInfo.hasPreviousPage).toBe(true);
  });

  it("pages an entity's relations, strongest first", async () => {
    const query = `query($id: ID!, $after: String) { entity(id: $id) { relations(direction: OUTGOING, first: 2, after: $after) {
      totalCount edges { cursor node { object { id } confidence } } pageInfo { hasNextPage endCursor } } } }`;
    const page1 = await server.gql(query, { id: hub });
    expect(page1.data!.entity.relations.totalCount).toBe(5);
    expect(page1.data!.entity.relations.edges.map((e: any) => e.node.object.id)).toEqual([x1, x2]);
    const page2 = await server.gql(query, { id: hub, after: page1.data!.entity.relations.pageInfo.endCursor });
    expect(page2.data!.entity.relations.edges.map((e: any) => e.node.object.id)).toEqual([x3, x4]);
    const incoming = await server.gql(
      `query($id: ID!) { entity(id: $id) { relations(direction: INCOMING, predicates: ["ALLIED_WITH"]) { nodes { subject { id } } } } }`,
      { id: hub },
    );
    expect(incoming.data!.entity.relations.nodes).toEqual([{ subject: { id: x1 } }]);
  });

  it('lists documents by the entities they mention, with their entities and facts', async () => {
    const res = await server.gql(`query($e: ID!) { documents(where: {mentions: $e}) { totalCount nodes { id } } }`, { e: x1 });
    expect(res.data!.documents.totalCount).toBe(2);
    expect(res.data!.documents.nodes.map((d: any) => d.id).sort()).toEqual([doc1, doc2].sort());
    const doc = await server.gql(
      `query($d: ID!) { document(id: $d) { id entities { id } relations { predicate subject { id } object { id } } } }`,
      { d: doc2 },
    );
    expect(doc.data!.document.entities.map((e: any) => e.id).sort()).toEqual([hub, x1].sort());
    expect(doc.data!.document.relations).toEqual([{ predicate: 'ALLIED_WITH', subject: { id: x1 }, object: { id: hub } }]);
    const mentions = await server.gql(`query($e: ID!) { entity(id: $e) { mentions { totalCount nodes { count document { id } } } } }`, {
      e: hub,
    });
    expect(mentions.data!.entity.mentions.totalCount).toBe(2);
  });
});

describe('traversals', () => {
  it('cuts a neighbourhood at its limit and says so, or refuses when asked to', async () => {
    const cut = await server.gql(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 3) { truncated edges { id } nodes { id } } }`, {
      id: hub,
    });
    expect(cut.data!.neighborhood.truncated).toBe(true);
    expect(cut.data!.neighborhood.edges).toHaveLength(3);
    const refused = await server.gql(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 3, truncate: false) { truncated } }`, {
      id: hub,
    });
    expect(refused.errors![0]!.extensions!.code).toBe('LIMIT_EXCEEDED');
    const whole = await server.gql(`query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated edges { id } } }`, { id: hub });
    expect(whole.data!.neighborhood).toMatchObject({ truncated: false });
    expect(whole.data!.neighborhood.edges).toHaveLength(9);
    const filtered = await server.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 3, predicates: ["FIGHTS"]) { edges { predicate } } }`,
      { id: x1 },
    );
    expect(filtered.data!.neighborhood.edges).toEqual([{ predicate: 'FIGHTS' }, { predicate: 'FIGHTS' }]);
  });

  it('finds every shortest path, and common neighbours', async () => {
    const paths = await server.gql(
      `query($f: ID!, $t: ID!) { paths(from: $f, to: $t, mode: ALL_SHORTEST, limit: 10) { length nodes { id } } }`,
      { f: hub, t: far },
    );
    expect(paths.data!.paths.map((x: any) => x.nodes.map((n: any) => n.id)).sort()).toEqual(
      [
        [hub, x2, far],
        [hub, x3, far],
      ].sort(),
    );
    const common = await server.gql(
      `query($a: ID!, $b: ID!) { commonNeighbors(a: $a, b: $b) { entity { id } viaA { predicate } viaB { predicate } } }`,
      { a: hub, b: far },
    );
    expect(common.data!.commonNeighbors.map((c: any) => c.entity.id).sort()).toEqual([x2, x3].sort());
  });

  it('returns the relations among a set of entities, ignoring unknown ids', async () => {
    const res = await server.gql(
      `query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } edges { subject { id } predicate object { id } } truncated } }`,
      { ids: [x1, x2, far, `${p}-nobody`] },
    );
    expect(res.data!.subgraph.nodes.map((n: any) => n.id).sort()).toEqual([x1, x2, far].sort());
    expect(res.data!.subgraph.edges).toHaveLength(2);
  });
});

describe('round trips (no N+1)', () => {
  it('keeps nested lists to one query per level, however many parents', async () => {
    const query = `query($q: String) { entities(where: {nameContains: $q}, first: 10) { nodes {
      relations { nodes { subject { name } object { name } attributedTo { name } evidence { text document { title } } } }
      mentions { totalCount nodes { document { title } } } } } }`;
    server.queries.length = 0;
    const res = await server.gql(query, { q: p });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entities.nodes).toHaveLength(7);
    // entities, relations (batched), mentions + count (batched), entity lookups, evidence (batched), documents
    expect(server.queries.length).toBeLessThanOrEqual(7);
  });

  it('answers an entity with its relations in one round trip (the relations query carries the entity)', async () => {
    const query = `query($id: ID!, $after: String) { entity(id: $id) { id name relations(direction: OUTGOING, first: 2, after: $after) {
      nodes { object { id name } } pageInfo { endCursor } } } }`;
    server.queries.length = 0;
    const page1 = await server.gql(query, { id: hub });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.entity).toMatchObject({
      id: hub,
      name: names[hub],
      relations: { nodes: [{ object: { id: x1 } }, { object: { id: x2 } }] },
    });
    expect(server.queries).toHaveLength(1);
    server.queries.length = 0;
    const page2 = await server.gql(query, { id: hub, after: page1.data!.entity.relations.pageInfo.endCursor });
    expect(page2.data!.entity.relations.nodes.map((n: any) => n.object.id)).toEqual([x3, x4]);
    expect(server.queries).toHaveLength(1);
    // Only the selected entity fields are read, through fragments too.
    const viaFragment = await server.gql(
      `query($id: ID!) { entity(id: $id) { relations(direction: OUTGOING, first: 1) { ...R } } }
       fragment R on RelationConnection { edges { node { subject { ... on Entity { type mentionCount } } object { name } } } }`,
      { id: hub },
    );
    expect(viaFragment.data!.entity.relations.edges[0].node).toEqual({
      subject: { type: 'Organization', mentionCount: expect.any(Number) },
      object: { name: names[x1] },
    });
    expect(viaFragment.data!.entity.relations.edges[0].node.subject.mentionCount).toBeGreaterThan(0);
    const missing = await server.gql(query, { id: `${p}-nobody` });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const bad = await server.gql(`query($id: ID!) { entity(id: $id) { id relations(predicates: ["no way"]) { nodes { id } } } }`, {
      id: hub,
    });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reads stats from the count store in two round trips', async () => {
    server.queries.length = 0;
    const res = await server.gql(
      `{ stats { entities relations documents statements entitiesByType { key count } relationsByPredicate { key count } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.stats.entities).toBeGreaterThanOrEqual(7);
    expect(res.data!.stats.relationsByPredicate.map((c: any) => c.key)).toEqual(
      expect.arrayContaining(['SUPPORTS', 'FIGHTS', 'MET_WITH', 'ALLIED_WITH']),
    );
    expect(server.queries.length).toBe(2);
  });
});
