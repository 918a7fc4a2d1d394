import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';
import { kg, REPO, runProcess } from '../../../test/support/run-process';
import { exportDatabase } from '../src/export/export-database';
import { ADMIN_HEADERS } from '../src/export/write-admin-csv';

const HAVE_PYTHON = !spawnSync('python3', ['--version']).error;
const tmp = mkdtempSync(join(tmpdir(), 'kg-export-'));

// Three entities of our own, in two documents; one name carries everything XML and CSV must escape.
const run = uniqueId('exp');
const A = `organization-${run}-a`;
const B = `organization-${run}-b`;
const C = `organization-${run}-c`;
const FAR = `organization-${run}-far`;
const NASTY = `Al "Q" <T> & 'Co' \u0007 🇹🇷 𠀋`;
const TEXT = `${NASTY} backs Beta Group. Beta Group is linked to Gamma Front. Gamma Front fights Delta Far.`;
const docs = [`${run}-doc1`, `${run}-doc2`];
const entities = { [A]: NASTY, [B]: 'Beta Group', [C]: 'Gamma Front', [FAR]: 'Delta Far' };
let driver: Driver;
let loader: Loader;

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loader.loadRecord(
    makeRecord(docs[0]!, TEXT, entities, [
      { subject: A, predicate: 'SUPPORTS', object: B, confidence: 0.8 },
      { subject: B, predicate: 'LINKED_TO', object: C },
    ]),
  );
  await loader.loadRecord(
    makeRecord(docs[1]!, TEXT, entities, [
      { subject: A, predicate: 'SUPPORTS', object: B, confidence: 0.6 },
      { subject: C, predicate: 'FIGHTS', object: FAR },
    ]),
  );
});

afterAll(async () => {
  for (const id of docs) await loader.deleteDocument(id);
  await driver.close();
});

describe('kg export from the database', () => {
  it('writes a neighbourhood as GraphML and GEXF that networkx reads back with names and provenance intact', async () => {
    const graphml = join(tmp, 'hood.graphml');
    const gexf = join(tmp, 'hood.gexf');
    expect(await exportDatabase({ driver, format: 'graphml', out: graphml, entity: A, depth: 2 })).toEqual({ nodes: 3, edges: 2 });
    expect(await exportDatabase({ driver, format: 'gexf', out: gexf, entity: A, depth: 2 })).toEqual({ nodes: 3, edges: 2 });
    if (!HAVE_PYTHON) {
      console.warn('export test: python3 not found, so GraphML/GEXF were not loaded into networkx (install Python 3.11+)');
      return;
    }
    const check = await runProcess(join(REPO, 'scripts/run-notebook.sh'), ['--check-export', graphml, gexf]);
    expect({ code: check.code, stderr: check.code ? check.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const found = JSON.parse(check.stdout) as Record<string, { directed: boolean; nodes: Record<string, any>; edges: any[] }>;
    for (const file of [graphml, gexf]) {
      const g = found[file]!;
      expect(g.directed).toBe(true);
      expect(Object.keys(g.nodes).sort()).toEqual([A, B, C]);
      // XML cannot carry U+0007: it arrives as U+FFFD; everything else, emoji included, survives as it was.
      expect(g.nodes[A].label).toBe(NASTY.replace('\u0007', '\uFFFD'));
      const supports = g.edges.find((e) => e.predicate === 'SUPPORTS');
      expect(supports).toMatchObject({ source: A, target: B, evidenceCount: 2, documentIds: [...docs].sort(), negated: false });
      expect(supports.confidence).toBeCloseTo(1 - 0.2 * 0.4);
    }
  }, 600_000);

  it('writes the neo4j-admin CSV layout, with the same files and columns as the JSON Lines export', async () => {
    const dir = join(tmp, 'csv');
    await exportDatabase({ driver, format: 'csv', out: dir, entity: A, depth: 1 });
    const facts = readFileSync(join(dir, 'facts.csv'), 'utf8').trim().split('\n');
    expect(facts[0]).toBe(ADMIN_HEADERS.facts);
    expect(facts.slice(1)).toHaveLength(1);
    expect(facts[1]).toContain(`"${A}","${B}",SUPPORTS,`);
    expect(readFileSync(join(dir, 'entities.csv'), 'utf8')).toContain(`"${NASTY.replace(/"/g, '""')}"`);

    const records = join(tmp, 'records.jsonl');
    writeFileSync(
      records,
      JSON.stringify(makeRecord(`${run}-file`, TEXT, entities, [{ subject: A, predicate: 'SUPPORTS', object: B }])) + '\n',
    );
    const fromFile = join(tmp, 'csv-from-file');
    const res = await kg(['export', records, '--format', 'neo4j-admin', '--out', fromFile]);
    expect(res.code).toBe(0);
    expect(readdirSync(fromFile).sort()).toEqual(readdirSync(dir).sort());
    for (const name of readdirSync(dir)) {
      const fileCols = readFileSync(join(fromFile, name), 'utf8').split('\n')[0]!.split(',');
      const dbCols = readFileSync(join(dir, name), 'utf8').split('\n')[0]!.split(',');
      expect(fileCols.filter((c) => !dbCols.includes(c))).toEqual([]);
    }
  });

  it('writes JSON Lines tagged by kind, with evidence for every relation', async () => {
    const out = join(tmp, 'hood.jsonl');
    await exportDatabase({ driver, format: 'jsonl', out, entity: C, depth: 1 });
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, any>);
    const kinds = (k: string) => lines.filter((l) => l.kind === k);
    expect(kinds('entity').map((e) => e.id)).toEqual([B, C, FAR].sort());
    expect(
      kinds('relation')
        .map((r) => r.predicate)
        .sort(),
    ).toEqual(['FIGHTS', 'LINKED_TO']);
    expect(kinds('evidence')).toHaveLength(2);
    expect(kinds('document').map((d) => d.id)).toEqual([...docs].sort());
  });

  it('writes a Cypher script that replays without creating anything twice', async () => {
    const out = join(tmp, 'hood.cypher');
    await exportDatabase({ driver, format: 'cypher', out, entity: A, depth: 3 });
    const statements = readFileSync(out, 'utf8')
      .split(/;\n/)
      .map((s) => s.replace(/^\/\/.*\n/, '').trim())
      .filter((s) => s && !/^CREATE (CONSTRAINT|INDEX)/.test(s));
    const count = `MATCH (e:Entity) WHERE e.id IN $ids
      RETURN count(e) AS entities, COUNT { MATCH (:Entity {id: $a})-[r]->() WHERE type(r) <> 'MENTIONED_IN' } AS out,
        head(collect(CASE WHEN e.id = $a THEN e.name END)) AS name`;
    const params = { ids: [A, B, C, FAR], a: A };
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      const before = (await tx.run(count, params)).records[0]!.toObject();
      for (const s of statements) await tx.run(s);
      expect((await tx.run(count, params)).records[0]!.toObject()).toEqual(before);
      expect(before).toEqual({ entities: 4, out: 1, name: NASTY });
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('exports the whole graph through the kg command, and refuses muddled flags with a usage error', async () => {
    const out = join(tmp, 'all.jsonl');
    const all = await kg(['export', '--format', 'jsonl', '--out', out]);
    expect({ code: all.code, stderr: all.code ? all.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const ids = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; id: string })
      .filter((l) => l.kind === 'entity')
      .map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining([A, B, C, FAR]));

    for (const args of [
      ['--format', 'graphml', '--depth', '2'],
      ['--format', 'pdf'],
      [join(tmp, 'records.jsonl'), '--format', 'graphml'],
      [join(tmp, 'records.jsonl'), '--entity', A],
    ]) {
      const res = await kg(['export', ...args, '--out', join(tmp, 'x')]);
      expect({ args, code: res.code, usage: /^kg: /.test(res.stderr) }).toEqual({ args, code: 1, usage: true });
    }
    const missing = await kg(['export', '--entity', `${run}-nobody`, '--out', join(tmp, 'y.graphml')]);
    expect(missing.code).toBe(1);
  });
});
