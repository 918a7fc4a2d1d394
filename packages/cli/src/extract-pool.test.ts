import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractPool, type PoolResult } from './extract-pool';

// A stand-in worker that answers each job with its text as the line, and dies on the text "crash", as a worker
// does when a giant article exhausts its memory.
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => {
  if (text === 'crash') process.exit(3);
  parentPort.postMessage({ id, line: Buffer.from(text + '\\n') });
});`;

describe('ExtractPool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-extract-pool-'));
  const file = join(dir, 'worker.js');
  writeFileSync(file, WORKER);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const show = (r: PoolResult): string => ('line' in r ? Buffer.from(r.line).toString('utf8').trim() : r.error);

  it('fails only the jobs a dead worker held, with the reason, and goes on with a new worker', async () => {
    const pool = new ExtractPool(1, file);
    try {
      // One worker holds all three: the job after the crash dies with it.
      const first = await Promise.all(['a', 'crash', 'b'].map((t) => pool.run(t, {})));
      expect(first.map(show)).toEqual([
        'a',
        'extraction worker crashed: it exited with code 3',
        'extraction worker crashed: it exited with code 3',
      ]);
      const next = await Promise.all(['c', 'd'].map((t) => pool.run(t, {})));
      expect(next.map(show)).toEqual(['c', 'd']);
    } finally {
      await pool.close();
    }
  });

  it('keeps the other workers’ jobs when one worker dies', async () => {
    const pool = new ExtractPool(2, file);
    try {
      const results = await Promise.all(['a', 'crash', 'b', 'c'].map((t) => pool.run(t, {})));
      // Jobs alternate between the two workers: "b" was with the healthy one, "c" with the one that died.
      const crashed = 'extraction worker crashed: it exited with code 3';
      expect(results.map(show)).toEqual(['a', crashed, 'b', crashed]);
      expect(show(await pool.run('d', {}))).toBe('d');
    } finally {
      await pool.close();
    }
  });
});
