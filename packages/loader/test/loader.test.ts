import type { Driver } from 'neo4j-driver';
import { createLoader, factId, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';

let driver: Driver;
let loader: Loader;
const docs: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
});

afterAll(async () => {
  for (const id of docs) await loader.deleteDocument(id);
  await driver.close();
});

/** Everything the graph holds about a set of entity ids: the figures that must not drift. */
async function snapshot(ids: string[]) {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.id IN $ids
     OPTIONAL MATCH (e)-[r]->(:Entity)
     WITH e, collect(r {.id, type: type(r), .evidenceCount, .confidence}) AS rels
     OPTIONAL MATCH (s:Statement) WHERE s.subject = e.id
     RETURN e.id AS id, e.mentionCount AS mentions, e.aliases AS aliases, labels(e) AS labels, rels, count(s) AS statements
     ORDER BY id`,
    { ids },
  );
  return records.map((r) => r.toObject());
}

function fixture() {
  const p = uniqueId('ld');
  const [a, b, c] = [`${p}-a`, `${p}-b`, `${p}-c`];
  const names = { [a]: `Alpha ${p}`, [b]: `Beta ${p}`, [c]: `Gamma ${p}` };
  const doc1 = uniqueId('doc');
  const doc2 = uniqueId('doc');
  docs.push(doc1, doc2);
  const text1 = `${names[a]} supports ${names[b]}. ${names[b]} fights ${names[c]}.`;
  const r1 = makeRecord(doc1, text1, names, [
    { subject: a, predicate: 'SUPPORTS', object: b, confidence: 0.6 },
    { subject: b, predicate: 'FIGHTS', object: c, confidence: 0.5 },
  ]);
  const text2 = `${names[a]} supports ${names[b]} again.`;
  const r2 = makeRecord(doc2, text2, { [a]: names[a]!, [b]: names[b]! }, [
    { subject: a, predicate: 'SUPPORTS', object: b, confidence: 0.5 },
  ]);
  return { ids: [a, b, c], a, b, c, doc1, doc2, r1, r2 };
}

describe('loader against a real Neo4j', () => {
  it('loads a record: entities with type labels, one relationship per fact, evidence one query away', async () => {
    const f = fixture();
    expect(await loader.loadRecord(f.r1)).toMatchObject({ outcome: 'created', triples: 2 });
    const [a] = await snapshot([f.a]);
    expect(a).toMatchObject({ mentions: 1, labels: expect.arrayContaining(['Entity', 'Organization']) });
    const id = factId(f.a, 'SUPPORTS', f.b, false, null);
    const { records } = await driver.executeQuery(
      `MATCH (s:Statement {factId: $id}) RETURN s.documentId AS doc, s.text AS text, s.start AS start, s.end AS end`,
      { id },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { doc: f.doc1, text: f.r1.triples[0]!.evidence.text, start: 0, end: f.r1.triples[0]!.evidence.end },
    ]);
  });

  it('changes nothing when the same record is loaded again', async () => {
    const f = fixture();
    await loader.loadRecord(f.r1);
    const before = await snapshot(f.ids);
    expect(await loader.loadRecord(f.r1)).toMatchObject({ outcome: 'unchanged' });
    expect(await snapshot(f.ids)).toEqual(before);
  });

  it('replaces a document read again by another extractor version, though its text is unchanged', async () => {
    const f = fixture();
    await loader.loadRecord({ ...f.r1, extractor: 'newsgraph-extractor/0.1.0' });
    const reread = { ...f.r1, extractor: 'newsgraph-extractor/0.2.0', triples: f.r1.triples.slice(0, 1) };
    expect(await loader.loadRecord(reread)).toMatchObject({ outcome: 'replaced' });
    expect(await loader.loadRecord(reread)).toMatchObject({ outcome: 'unchanged' });
    const { records } = await driver.executeQuery(
      'MATCH (s:Statement {documentId: $doc1}) RETURN count(s) AS n, collect(DISTINCT s.extractor) AS ex',
      f,
    );
    expect(records[0]!.toObject()).toEqual({ n: 1, ex: ['newsgraph-extractor/0.2.0'] });
  });

  it('adds evidence from a second document and combines confidence', async () => {
    const f = fixture();
    await loader.loadRecord(f.r1);
    await loader.loadRecord(f.r2);
    const { records } = await driver.executeQuery(
      'MATCH (:Entity {id: $a})-[r:SUPPORTS]->(:Entity {id: $b}) RETURN r.evidenceCount AS n, r.confidence AS c',
      f,
    );
    expect(records[0]!.get('n')).toBe(2);
    expect(records[0]!.get('c')).toBeCloseTo(1 - 0.4 * 0.5, 10);
    const [a] = await snapshot([f.a]);
    expect(a!.mentions).toBe(2);
  });

  it('finds known facts by the r.id index of their type, and recreates one whose relationship was removed by hand', async () => {
    const f = fixture();
    await loader.loadRecord(f.r1);
    const { records: indexes } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, entityType, labelsOrTypes, properties WHERE name = 'fact_id_supports' RETURN *",
    );
    expect(indexes.map((r) => [r.get('entityType'), r.get('labelsOrTypes'), r.get('properties')])).toEqual([
      ['RELATIONSHIP', ['SUPPORTS'], ['id']],
    ]);
    await driver.executeQuery('MATCH (:Entity {id: $a})-[r:SUPPORTS]->(:Entity {id: $b}) DELETE r', f);
    await loader.loadRecord(f.r2);
    const { records } = await driver.executeQuery(
      'MATCH (:Entity {id: $a})-[r:SUPPORTS]->(:Entity {id: $b}) RETURN r.id AS id, r.evidenceCount AS n',
      f,
    );
    expect(records.map((r) => r.toObject())).toEqual([{ id: factId(f.a, 'SUPPORTS', f.b, false, null), n: 1 }]);
  });

  it('replaces exactly a document’s evidence when a changed version is loaded', async () => {
    const f = fixture();
    await loader.loadRecord(f.r1);
    await loader.loadRecord(f.r2);
    const changed = makeRecord(
      f.doc1,
      `${f.r1.entities[1]!.name} fights ${f.r1.entities[2]!.name} hard.`,
      { [f.b]: f.r1.entities[1]!.name, [f.c]: f.r1.entities[2]!.name },
      [{ subject: f.b, predicate: 'FIGHTS', object: f.c, confidence: 0.7 }],
    );
    expect(await loader.loadRecord(changed)).toMatchObject({ outcome: 'replaced' });
    const rels = await driver.executeQuery(
      'MATCH (x:Entity)-[r]->(y:Entity) WHERE x.id IN $ids RETURN x.id AS s, type(r) AS p, y.id AS o, r.evidenceCount AS n, r.confidence AS c ORDER BY p',
      { ids: f.ids },
    );
    expect(rels.records.map((r) => r.toObject())).toEqual([
      { s: f.b, p: 'FIGHTS', o: f.c, n: 1, c: 0.7 },
      { s: f.a, p: 'SUPPORTS', o: f.b, n: 1, c: 0.5 },
    ]);
    const [a] = await snapshot([f.a]);
    expect(a!.mentions).toBe(1); // only doc2 mentions it now
  });

  it('retracts a document: its evidence, facts without evidence, entities without mentions', async () => {
    const f = fixture();
    await loader.loadRecord(f.r1);
    await loader.loadRecord(f.r2);
    expect(await loader.deleteDocument(f.doc1)).toEqual({ found: true, statements: 2, relations: 1, entities: 1 });
    const left = await snapshot(f.ids);
    expect(left.map((e) => e.id)).toEqual([f.a, f.b]); // c was only in doc1
    expect(left.find((e) => e.id === f.a)).toMatchObject({
      mentions: 1,
      rels: [expect.objectContaining({ type: 'SUPPORTS', evidenceCount: 1 })],
    });
    expect(await loader.deleteDocument(f.doc1)).toMatchObject({ found: false });
    await loader.deleteDocument(f.doc2);
    expect(await snapshot(f.ids)).toEqual([]);
  });

  it('rejects invalid records with their line and reason, and loads the rest', async () => {
    const f = fixture();
    const bad = { ...f.r2, triples: [{ ...f.r2.triples[0]!, predicate: 'X`]->() DETACH DELETE n //' }] };
    const summary = await loader.loadRecords([JSON.stringify(f.r1), 'not json', bad]);
    expect(summary).toMatchObject({ created: 1, rejected: 2 });
    expect(summary.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'INVALID_RECORD'],
      [3, 'INVALID_RECORD'],
    ]);
    expect(summary.errors[1]!.message).toMatch(/predicate/);
  });

  it('leaves nothing of a document behind when its write fails midway', async () => {
    const f = fixture();
    // A statement id that already exists makes the unique constraint fail after the entities were written.
    await driver.executeQuery('CREATE (:Statement {id: $id})', { id: `${f.doc1}/t1` });
    try {
      await expect(loader.loadRecord(f.r1)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
      const { records } = await driver.executeQuery('MATCH (d:Document {id: $doc1}) RETURN count(d) AS n', f);
      expect(records[0]!.get('n')).toBe(0);
      expect(await snapshot(f.ids)).toEqual([]);
    } finally {
      await driver.executeQuery('MATCH (s:Statement {id: $id}) DELETE s', { id: `${f.doc1}/t1` });
    }
  });
});
