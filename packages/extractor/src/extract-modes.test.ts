import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateRecord } from '@newsgraph/contract';
import { analyze, extract, EXTRACTOR_VERSION } from './index';

const sample = readFileSync(path.resolve(__dirname, '../../../../shared/corpus/000_05202bd02e160c14.txt'), 'utf8');

describe('extract() modes', () => {
  it('runs the rules only by default', () => {
    expect(JSON.stringify(extract(sample))).toBe(JSON.stringify(extract(sample, { learned: false })));
  });

  it('with the learned layer, writes a valid record without the tagger’s own Other spans (dates)', () => {
    const record = extract(sample, { learned: true });
    const result = validateRecord(JSON.parse(JSON.stringify(record)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(record.extractor).toBe(EXTRACTOR_VERSION + '+learned');
    // analyze() keeps them (the CoNLL04 evaluation scores Other entities); which dates the tagger marks depends on
    // the trained model, so the test takes whichever it found.
    const others = analyze(sample, { learned: true })
      .mentions.filter((m) => m.type === 'Other')
      .map((m) => m.key);
    expect(others.length).toBeGreaterThan(0);
    const ids = record.entities.map((e) => e.id);
    for (const key of others) expect(ids).not.toContain(key);
  });
});
