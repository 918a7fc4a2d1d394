import { betterName } from './fold-rows';
import { planBatch } from './plan-batch';
import { prepareRecord } from './prepare-record';
import type { ExtractionRecord } from '@newsgraph/contract';

const record = (doc: string, names: Record<string, string>, facts: [string, string, string, number][]): ExtractionRecord => ({
  document: { id: doc, sha256: 'a'.repeat(64) },
  entities: Object.entries(names).map(([id, name]) => ({
    id,
    name,
    type: 'Location',
    aliases: [],
    mentions: [{ start: 0, end: 1, text: 'x', sentence: 0 }],
  })),
  triples: facts.map(([subject, predicate, object, confidence], i) => ({
    id: `t${i}`,
    subject,
    predicate,
    object,
    confidence,
    evidence: { sentence: 0, start: 0, end: 1, text: 'x' },
  })),
});

describe('planBatch', () => {
  it('folds a batch into one row per entity and per fact, sorted by id, with noisy-OR shares', () => {
    const plan = planBatch([
      prepareRecord(record('d1', { z: 'Zed', a: 'A' }, [['z', 'SUPPORTS', 'a', 0.5]])),
      prepareRecord(record('d2', { a: 'Alpha', z: 'Zed' }, [['z', 'SUPPORTS', 'a', 0.2]])),
    ]);
    expect(plan.entities.map((e) => [e.id, e.name, e.count, e.aliases])).toEqual([
      ['a', 'Alpha', 2, ['A', 'Alpha']],
      ['z', 'Zed', 2, ['Zed']],
    ]);
    expect(plan.facts).toHaveLength(1);
    expect(plan.facts[0]).toMatchObject({ n: 2, predicate: 'SUPPORTS' });
    expect(plan.facts[0]!.q).toBeCloseTo(0.5 * 0.8, 12);
    expect(plan.statements.map((s) => s.id)).toEqual(['d1/t0', 'd2/t0']);
    expect(plan.documents.map((d) => d.mentions.length)).toEqual([2, 2]);
  });

  it('keeps the fullest name, ties broken the same way whatever the order', () => {
    expect(betterName('Erdogan', 'Recep Tayyip Erdogan')).toBe('Recep Tayyip Erdogan');
    expect(betterName('Abc', 'Abd')).toBe(betterName('Abd', 'Abc'));
  });

  it('refuses a record that repeats a triple id (its statement ids would collide)', () => {
    const r = record('d', { a: 'A', b: 'B' }, [
      ['a', 'SUPPORTS', 'b', 0.5],
      ['b', 'SUPPORTS', 'a', 0.5],
    ]);
    r.triples[1]!.id = 't0';
    expect(() => prepareRecord(r)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
  });
});
