import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord, extractionSchema } from './index';

const minimal = {
  document: { id: 'd1', sha256: 'a'.repeat(64) },
  entities: [{ id: 'e1', name: 'Turkey', type: 'Location', aliases: [], mentions: [{ start: 0, end: 6, text: 'Turkey', sentence: 0 }] }],
  triples: [],
};

describe('validateRecord', () => {
  it('accepts a minimal valid record', () => {
    expect(validateRecord(minimal)).toEqual({ ok: true, record: minimal });
  });

  it('names the path and rule that a bad record breaks', () => {
    const bad = { ...minimal, triples: [{ id: 't', subject: 'e1', predicate: 'lower', object: 'e1', confidence: 2, evidence: {} }] };
    const result = validateRecord(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(/\/triples\/0\/predicate/);
      expect(result.errors.join('\n')).toMatch(/\/triples\/0\/confidence/);
    }
  });

  it('keeps the bundled schema identical to the shared contract', () => {
    const shared = join(__dirname, '../../../../shared/contracts/extraction.schema.json');
    if (!existsSync(shared)) return; // a clone without the shared folder beside it has only the bundled copy
    expect(extractionSchema).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
  });

  it('loads Ajv and compiles the schema on first use, not at import', () => {
    let loads = 0;
    jest.isolateModules(() => {
      jest.doMock('ajv/dist/2020', () => {
        loads++;
        return jest.requireActual('ajv/dist/2020');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('./validate-record') as typeof import('./validate-record');
      expect(loads).toBe(0);
      expect(fresh.extractionSchema).toEqual(extractionSchema);
      expect(fresh.validateRecord(minimal)).toEqual({ ok: true, record: minimal });
      expect(fresh.validateRecord({}).ok).toBe(false);
      expect(loads).toBe(1);
    });
  });
});
