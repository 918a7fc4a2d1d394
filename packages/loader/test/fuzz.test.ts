import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import type { ExtractionRecord } from '@newsgraph/contract';
import { createLoader } from '@newsgraph/loader';
import { testDriver } from '../../../test/support/neo4j';
import { expectedGraph, graphFigures, removeCorpus, testCorpus } from './support/corpus';
import { BREAKERS, HOSTILE_PREDICATES, HOSTILE_TYPES, rebrand } from './support/hostile-records';

jest.setTimeout(120_000);

let driver: Driver;
const prefixes: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
});

afterAll(async () => {
  for (const p of prefixes) await removeCorpus(driver, p);
  await driver.close();
});

interface Line {
  text: string;
  /** The breaker's name for an invalid line; null for a valid one. */
  broken: string | null;
}

/** Valid lines in order, with invalid ones (each breaking a copy of a valid record, under its own ids) in between. */
const mix = (valid: ExtractionRecord[], prefix: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: BREAKERS.length - 1 }), fc.integer({ min: 0, max: valid.length - 1 })), {
      minLength: BREAKERS.length,
      maxLength: BREAKERS.length * 2,
    })
    .chain((bad) =>
      fc
        .shuffledSubarray([...valid.keys(), ...bad.map((_, i) => -1 - i)], { minLength: valid.length + bad.length })
        .map((order) => ({ bad, order })),
    )
    .map(({ bad, order }) => {
      // Valid records keep their relative order: a later version of a document must come after the earlier one.
      let nextValid = 0;
      return order.map((slot): Line => {
        if (slot >= 0) return { text: JSON.stringify(valid[nextValid++]), broken: null };
        const [breaker, source] = bad[-1 - slot]!;
        const b = BREAKERS[breaker]!;
        return { text: b.line(rebrand(valid[source]!, `${prefix}-bad-${-1 - slot}`)), broken: b.name };
      });
    });

describe('loader fuzzed with invalid lines among valid ones', () => {
  it('rejects each invalid line with its number and reason, loads every valid one, and stores nothing else', async () => {
    // Each run loads into the real database, so a few runs with many lines each, rather than many small ones.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const corpus = testCorpus(150, seed);
        prefixes.push(corpus.prefix);
        const [lines] = fc.sample(mix(corpus.records, corpus.prefix), { numRuns: 1, seed });
        const summary = await createLoader({ driver, batchSize: 40 }).loadRecords(lines!.map((l) => l.text));

        const invalid = lines!.flatMap((l, i) => (l.broken ? [{ line: i + 1, broken: l.broken }] : []));
        expect(summary.records).toBe(lines!.length);
        expect(summary.rejected).toBe(invalid.length);
        expect(summary.created).toBe(corpus.records.length);
        // The same lines, each with a code and a reason that is more than a code.
        expect(summary.errors.map((e) => e.line)).toEqual(invalid.map((l) => l.line));
        for (const e of summary.errors) {
          expect(['INVALID_RECORD', 'INVALID_IDENTIFIER']).toContain(e.code);
          expect(e.message.length).toBeGreaterThan(10);
          expect(e.message.length).toBeLessThan(2_000); // a huge bad value is not echoed back whole
        }

        const figures = await graphFigures(driver, corpus.prefix);
        const { documents, statements, facts, mentions } = figures;
        expect({ documents, statements, facts, mentions }).toEqual(expectedGraph(corpus.records));
        expect(figures).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0, mentionLinksAgree: true });
        const { records } = await driver.executeQuery(
          `MATCH (n) WHERE (n:Document OR n:Entity) AND n.id STARTS WITH $bad RETURN count(n) AS n`,
          { bad: `${corpus.prefix}-bad-` },
        );
        expect(records[0]!.get('n')).toBe(0);
      }),
      { numRuns: 3, seed: Number(process.env.FUZZ_SEED ?? 8) },
    );
  });

  it('never turns a hostile predicate or entity type into a relationship type or label', async () => {
    const types = (
      await driver.executeQuery('CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t')
    ).records[0]!.get('t') as string[];
    const labels = (await driver.executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS l')).records[0]!.get('l') as string[];
    for (const p of HOSTILE_PREDICATES) expect(types).not.toContain(p);
    for (const t of HOSTILE_TYPES.filter((x) => x !== 'Entity')) expect(labels).not.toContain(t);
    for (const name of [...types, ...labels]) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });
});
