import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateRecord } from '@newsgraph/contract';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { kg, REPO, runProcess } from '../../../test/support/run-process';

const SAMPLE = join(REPO, 'data/000_05202bd02e160c14.txt');
const CHECKER = resolve(REPO, '../shared/tools/check-extraction.py');

const tmp = mkdtempSync(join(tmpdir(), 'kg-cli-'));

describe('kg extract', () => {
  it('writes one contract-valid record per article, offsets checked by the shared checker', async () => {
    const out = join(tmp, 'sample.jsonl');
    const run = await kg(['extract', SAMPLE, '-o', out]);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(validateRecord(JSON.parse(lines[0]!))).toMatchObject({ ok: true });
    if (existsSync(CHECKER)) {
      const check = await runProcess('python3', [CHECKER, out, SAMPLE]);
      expect(check.stdout).toMatch(/: 0 problems/);
      expect(check.code).toBe(0);
    }
  });

  it('adds the learned layer when asked, in worker threads too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-learned-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE, 'utf8'));
    writeFileSync(join(dir, 'b.txt'), 'Turkey and Russia met in Moscow on Monday.');
    const run = await kg(['extract', dir, '--learned', '--workers', '2']);
    expect(run.code).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.extractor)).toEqual([expect.stringMatching(/\+learned$/), expect.stringMatching(/\+learned$/)]);
    expect(records.map((r) => r.document.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  it('names a missing path and exits non-zero', async () => {
    const run = await kg(['extract', 'no/such/dir']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no\/such\/dir does not exist/);
  });

  it('skips empty and binary files with a reason, extracts the rest, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    writeFileSync(join(dir, 'c-good.txt'), 'Turkey and Russia met in Moscow on Monday.');
    const run = await kg(['extract', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/a-empty\.txt is empty/);
    expect(run.stderr).toMatch(/b-binary\.txt is binary/);
    expect(run.stderr).toMatch(/1 document extracted, 2 failed/);
  });
});

describe('kg against Neo4j', () => {
  it('ingests an article and deletes it again', async () => {
    // A unique last line gives the copy its own document id, so the test never touches anyone else's data.
    const marker = uniqueId('run');
    const file = join(tmp, `${marker}.txt`);
    writeFileSync(file, readFileSync(SAMPLE, 'utf8') + `\n(test run ${marker})\n`);
    const ingest = await kg(['ingest', file]);
    expect(ingest.stderr).toMatch(/loaded 1 new/);
    expect(ingest.code).toBe(0);
    const driver = await testDriver();
    try {
      const { records } = await driver.executeQuery('MATCH (d:Document {source: $file}) RETURN d.id AS id', { file });
      const id = records[0]!.get('id') as string;
      const del = await kg(['delete', id]);
      expect(del.code).toBe(0);
      const again = await kg(['delete', id]);
      expect(again.code).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it('fails fast with one line on a wrong password', async () => {
    const run = await kg(['ingest', SAMPLE], { NEO4J_PASSWORD: 'definitely-wrong' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/wrong password/);
  });

  it('refuses a port that is in use, naming it and the fix', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await kg(['serve'], { PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`port ${port} is already in use.*PORT`));
    } finally {
      blocker.close();
    }
  });
});
