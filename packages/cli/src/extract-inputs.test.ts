import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractedRecord, extractInputs, type ExtractItem } from './extract-inputs';

describe('ExtractedRecord', () => {
  it('gives the JSON of a line a worker encoded, and the line of JSON read in this thread', () => {
    const json = JSON.stringify({ text: 'Russia’s ambassador — Andrey Karlov' });
    const fromLine = new ExtractedRecord('a.txt', { line: Buffer.from(json + '\n', 'utf8') });
    expect(fromLine.json).toBe(json);
    const fromJson = new ExtractedRecord('a.txt', { json });
    expect(Buffer.from(fromJson.line).toString('utf8')).toBe(json + '\n');
    expect('line' in fromJson && 'json' in fromLine).toBe(true);
  });
});

describe('extractInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-extract-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.txt'), 'Russia’s ambassador to Turkey, Andrey Karlov, was killed in Ankara.');
  writeFileSync(join(dir, 'b.txt'), 'Turkey says the YPG is linked to the PKK.');
  writeFileSync(join(dir, 'c.txt'), '');

  const run = async (workers: number): Promise<ExtractItem[]> => {
    const items: ExtractItem[] = [];
    for await (const item of extractInputs([dir], { workers })) items.push(item);
    return items;
  };

  it('gives worker threads the same records as this thread, in input order, and a problem for a bad input', async () => {
    const [one, two] = [await run(1), await run(2)];
    const show = (items: ExtractItem[]) => items.map((i) => ('problem' in i ? 'problem' : JSON.parse(i.json).document.title));
    expect(show(one)).toEqual(['a', 'b', 'problem']);
    expect(show(two)).toEqual(show(one));
    for (let k = 0; k < 2; k++) {
      const [a, b] = [one[k]!, two[k]!];
      if ('problem' in a || 'problem' in b) throw new Error('expected records');
      expect(Buffer.from(b.line).equals(Buffer.from(a.line))).toBe(true);
    }
  });
});
