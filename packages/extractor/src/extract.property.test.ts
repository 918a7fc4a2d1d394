import fc from 'fast-check';
import { validateRecord } from '@newsgraph/contract';
import { extract, ExtractorError } from './index';

// Prose-like strings hit the pattern code far more often than uniform noise does.
const words = fc.constantFrom(
  'Turkey',
  'Russia',
  'the',
  'YPG',
  ',',
  '.',
  'said',
  'killed',
  'President',
  'Putin',
  '’s',
  '”',
  'and',
  'of',
  'in',
  'U.S.',
  '\n',
);
const prose = fc.array(words, { maxLength: 60 }).map((w) => w.join(' '));

function check(text: string, learned = false): void {
  let record;
  try {
    record = extract(text, { learned });
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractorError);
    return;
  }
  const result = validateRecord(JSON.parse(JSON.stringify(record)));
  expect(result.ok ? [] : result.errors).toEqual([]);
  const ids = new Set(record.entities.map((e) => e.id));
  for (const e of record.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const t of record.triples) {
    expect(ids.has(t.subject) && ids.has(t.object) && t.subject !== t.object).toBe(true);
    expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  }
}

describe('extract() on arbitrary input', () => {
  it('throws only ExtractorError and always returns a valid record (any string)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => check(text)),
      { numRuns: 200 },
    );
  });

  it('throws only ExtractorError and always returns a valid record (prose-like)', () => {
    fc.assert(
      fc.property(prose, (text) => check(text)),
      { numRuns: 200 },
    );
  });

  it('handles lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (text) => check(text)),
      { numRuns: 100 },
    );
  });

  it('keeps the same guarantees with the learned layer on', () => {
    fc.assert(
      fc.property(prose, (text) => check(text, true)),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'grapheme' }), (text) => check(text, true)),
      { numRuns: 100 },
    );
  });
});
