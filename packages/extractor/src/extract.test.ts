import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateRecord } from '@newsgraph/contract';
import { extract, EXTRACTOR_VERSION } from './index';

const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = path.join(repoRoot, '../shared');
const samplePath = path.join(sharedDir, 'corpus/000_05202bd02e160c14.txt');
const sample = readFileSync(samplePath, 'utf8');
const record = extract(sample);
const byName = (name: string) => record.entities.find((e) => e.name === name || e.aliases.includes(name));
const has = (s: string, p: string, o: string) =>
  record.triples.some((t) => t.subject === byName(s)?.id && t.predicate === p && t.object === byName(o)?.id);

describe('extract() on the sample article', () => {
  it('validates against the contract', () => {
    const result = validateRecord(JSON.parse(JSON.stringify(record)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('passes check-extraction.py (offsets, ids, sha256)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extractor-'));
    const jsonl = path.join(dir, 'records.jsonl');
    writeFileSync(jsonl, JSON.stringify(record) + '\n');
    const script = path.join(repoRoot, '../shared/tools/check-extraction.py');
    const out = execFileSync('python3', [script, jsonl, samplePath], { encoding: 'utf8' });
    expect(out).toMatch(/: 0 problems/);
  });

  it('stamps the document and extractor', () => {
    expect(record.extractor).toBe(EXTRACTOR_VERSION);
    expect(record.document.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(extract(sample, { id: 'x1' }).document.id).toBe('x1');
  });

  it.each([
    ['Turkey', 'location-turkey'],
    ['Russia', 'location-russia'],
    ['YPG', 'organization-ypg'],
    ['PKK', 'organization-pkk'],
    ['Vladimir Putin', 'person-vladimir-putin'],
    ['Andrey Karlov', 'person-andrey-karlov'],
    ['Recep Tayyip Erdogan', 'person-recep-tayyip-erdogan'],
    ['United States', 'location-united-states'],
  ])('finds %s as %s', (name, id) => {
    expect(byName(name)?.id).toBe(id);
  });

  it('merges surface forms into one entity', () => {
    expect(byName('Karlov')?.id).toBe('person-andrey-karlov');
    expect(byName('People’s Protection Units')?.id).toBe('organization-ypg');
    expect(byName('US')?.id).toBe('location-united-states');
  });

  it('connects the YPG and Turkey, and the US supports the YPG', () => {
    const ypg = byName('YPG')!.id;
    const turkey = byName('Turkey')!.id;
    expect(record.triples.some((t) => [t.subject, t.object].sort().join() === [ypg, turkey].sort().join())).toBe(true);
    expect(has('United States', 'SUPPORTS', 'YPG')).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extract(sample))).toBe(JSON.stringify(record));
  });

  it('gives every triple its sentence as evidence', () => {
    for (const t of record.triples) expect(sample.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  });
});

describe('aliases', () => {
  it('keeps every other written form once, sorted, and none for a name written as is once', () => {
    const r = extract(
      'Turkish President Recep Tayyip Erdogan met Vladimir Putin in Ankara. Putin and Erdogan spoke. Turkish officials said Ankara would act.',
    );
    const aliases = Object.fromEntries(r.entities.map((e) => [e.id, e.aliases]));
    expect(aliases['location-turkey']).toEqual(['Ankara', 'Turkish']);
    expect(aliases['person-vladimir-putin']).toEqual(['Putin']);
    expect(aliases['location-ankara']).toEqual([]);
    // One mention each: the demonym is an alias of the country, the surname alone is the person's name.
    expect(extract('Turkish President Erdogan spoke.').entities.map((e) => [e.id, e.aliases])).toEqual([
      ['location-turkey', ['Turkish']],
      ['person-erdogan', []],
    ]);
  });
});
