import { validateRecord } from '@newsgraph/contract';
import { generateCorpus } from '../../../bench/gen-corpus/generate';

describe('bench/gen-corpus', () => {
  const records = [...generateCorpus({ triples: 5000, seed: 7 })];

  it('writes records that satisfy the extraction contract, offsets included', () => {
    for (const record of records.slice(0, 200)) {
      expect(validateRecord(record)).toMatchObject({ ok: true });
      const ids = new Set(record.entities.map((e) => e.id));
      for (const t of record.triples) {
        expect(ids.has(t.subject) && ids.has(t.object)).toBe(true);
        expect(t.evidence.end - t.evidence.start).toBe(t.evidence.text.length);
      }
      for (const e of record.entities) for (const m of e.mentions) expect(m.end - m.start).toBe(m.text.length);
    }
    expect(records.reduce((n, r) => n + r.triples.length, 0)).toBe(5000);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify([...generateCorpus({ triples: 500, seed: 7 })])).toBe(
      JSON.stringify([...generateCorpus({ triples: 500, seed: 7 })]),
    );
    expect(JSON.stringify([...generateCorpus({ triples: 500, seed: 8 })])).not.toBe(
      JSON.stringify([...generateCorpus({ triples: 500, seed: 7 })]),
    );
  });

  it('has a skewed degree distribution: a few hubs, a long tail', () => {
    const degree = new Map<string, number>();
    for (const r of records) for (const t of r.triples) for (const id of [t.subject, t.object]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    expect(sorted.slice(0, 20).reduce((a, b) => a + b, 0) / total).toBeGreaterThan(0.2); // hubs
    expect(sorted[0]!).toBeGreaterThan(50 * sorted[Math.floor(sorted.length / 2)]!); // a long tail of rare ones
  });
});
