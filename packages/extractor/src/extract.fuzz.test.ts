import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateRecord, type ExtractionRecord } from '@newsgraph/contract';
import { extract, ExtractorError, MAX_TEXT_LENGTH } from './index';

// Fuzzing beyond extract.property.test.ts: hostile Unicode mixed into prose, raw bytes, and sizes at the limits.
// Every outcome must be a coded ExtractorError or a record that the contract accepts, offsets slicing exactly.

const CHECKER = '/work/shared/tools/check-extraction.py';

/** No lone surrogates: what survives a round trip through UTF-8. */
const wellFormed = (t: string) => !/[\ud800-\udfff]/.test(t.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

/** Runs extract() and checks what it gives; returns the record, or the error code it refused the text with. */
function check(text: string, learned = false): ExtractionRecord | string {
  let record: ExtractionRecord;
  try {
    record = extract(text, { learned });
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractorError);
    return (err as ExtractorError).code;
  }
  const result = validateRecord(JSON.parse(JSON.stringify(record)));
  expect(result.ok ? [] : result.errors).toEqual([]);
  const ids = new Set(record.entities.map((e) => e.id));
  for (const e of record.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const t of record.triples) {
    expect(ids.has(t.subject) && ids.has(t.object)).toBe(true);
    expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  }
  return record;
}

// Pieces that break naive offset code: astral emoji and ZWJ sequences (two UTF-16 units per code point),
// combining marks after capitals, right-to-left scripts and bidi overrides, lone surrogates, controls.
const hostile = fc.constantFrom(
  '😀',
  '👩‍👩‍👧',
  '🇹🇷',
  'E\u0301rdog\u0306an',
  'Türkiye',
  'ﬁnance',
  'مرحبا',
  'שלום',
  '\u202eKrow\u202c',
  '\u200f',
  '\u200b',
  '\ud800',
  '\udfff',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '\ufffd',
  '𝔄𝔫𝔨𝔞𝔯𝔞',
);
const prose = fc.constantFrom(
  'President',
  'Erdogan',
  'Recep Tayyip Erdogan',
  'Turkey',
  'Russia',
  'Ankara',
  'said',
  'met',
  'killed',
  'the',
  'Kurdish YPG',
  'in',
  '.',
  ',',
  '“',
  '”',
  'Vladimir Putin',
  'supports',
  'of',
);
const mixed = fc
  .array(fc.oneof({ arbitrary: prose, weight: 3 }, { arbitrary: hostile, weight: 1 }), { maxLength: 50 })
  .map((w) => w.join(' '));

describe('extract() fuzzed', () => {
  it('any code point (full range, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void check(text)),
      { numRuns: 150 },
    );
  });

  it('prose laced with combining marks, RTL, bidi controls, emoji, controls and lone surrogates', () => {
    fc.assert(
      fc.property(mixed, (text) => void check(text)),
      { numRuns: 250 },
    );
    fc.assert(
      fc.property(mixed, (text) => void check(text, true)),
      { numRuns: 60 },
    );
  });

  it('random bytes decoded as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const buf = Buffer.from(bytes);
        check(buf.toString('utf8'));
        check(buf.toString('latin1'));
      }),
      { numRuns: 150 },
    );
  });

  it('control characters alone, and sprinkled into prose, are refused or extracted, never a crash', () => {
    const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
    expect(check('\u0000\u0001\u0002\u0003')).toBe('BINARY_TEXT');
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, control), { maxLength: 60 }), (parts) => void check(parts.join(' '))),
      { numRuns: 150 },
    );
  });

  // About 3 s per MB on a busy 2-core machine: the unit tier runs 2 MB, `npm run test:reliability` the full 10 MB.
  const lineMb = process.env.NEWSGRAPH_RELIABILITY === 'long' ? 10 : 2;
  it(
    `a ${lineMb} MB single line`,
    () => {
      const sentence = 'President Recep Tayyip Erdogan of Turkey met Vladimir Putin in Ankara. The YPG said “no” 😀 ';
      const text = sentence.repeat(Math.ceil((lineMb * 1024 * 1024) / sentence.length));
      expect(text.includes('\n')).toBe(false);
      const record = check(text);
      expect(typeof record).toBe('object');
      expect((record as ExtractionRecord).triples.length).toBeGreaterThan(0);
    },
    30_000 * lineMb,
  );

  it('input over the 50 MB limit is refused with TOO_LARGE at once, not after reading it', () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    const t0 = Date.now();
    expect(check(text)).toBe('TOO_LARGE');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('records from generated text pass the shared checker, offsets against the source text included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-fuzz-'));
    try {
      // Lone surrogates cannot be written to a UTF-8 file, and the checker reads files with Python's universal
      // newlines (CR and CRLF become LF, shifting offsets): this sample keeps to well-formed text without CR.
      const texts = fc.sample(
        mixed.filter((t) => wellFormed(t) && !t.includes('\r') && t.trim().length > 0),
        { numRuns: 40, seed: 42 },
      );
      const records: ExtractionRecord[] = [];
      const files: string[] = [];
      for (const text of texts) {
        const record = check(text);
        if (typeof record === 'string') continue;
        const file = join(dir, `${records.length}.txt`);
        writeFileSync(file, text, 'utf8');
        records.push(record);
        files.push(file);
      }
      expect(records.length).toBeGreaterThan(20);
      expect(records.some((r) => r.triples.length > 0)).toBe(true);
      const jsonl = join(dir, 'records.jsonl');
      writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      // Exits non-zero, with one line per problem, when any record breaks the contract.
      const run = spawnSync('python3', [CHECKER, jsonl, ...files], { encoding: 'utf8' });
      expect(run.status === 0 ? 'no problems' : `${run.stdout}${run.stderr}`).toBe('no problems');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
