import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { graphFigures, removeCorpus, testCorpus, writeJsonl } from '../../packages/loader/test/support/corpus';
import { testDriver } from '../support/neo4j';
import { kgLoad, REPO } from '../support/run-process';
import { KILL_POINTS } from './support/long-runs';

// The long form of packages/loader/test/faults.test.ts's kill-and-resume test (10 kill points, in `npm test`):
// `npm run test:reliability` SIGKILLs `kg load` at KILL_POINTS moments spread over start-up, schema and the
// batch transactions, then resumes, and counts documents, statements, facts and mentions against the source.
const maybe = KILL_POINTS > 0 ? describe : describe.skip;

let driver: Driver;
let prefix: string | undefined;
let file: string | undefined;

beforeAll(async () => {
  if (KILL_POINTS > 0) driver = await testDriver();
});

afterAll(async () => {
  if (prefix) await removeCorpus(driver, prefix);
  if (file) rmSync(file, { force: true });
  await driver?.close();
});

maybe(`kg load SIGKILLed at ${KILL_POINTS} points`, () => {
  it('resumes to exactly the source: no duplicate, nothing lost', async () => {
    if (!existsSync(join(REPO, 'packages/cli/dist/main.js'))) throw new Error('build the CLI first: npx tsc -b');
    // Big enough that the kills (each 0.5 to 4 s into a run: start-up, schema, then batches) end long before the
    // whole load has gone through.
    const c = testCorpus(6000, 77);
    prefix = c.prefix;
    file = writeJsonl(c.records);
    let kills = 0;
    for (let i = 0; i < KILL_POINTS; i += 1) {
      const at = Math.round(500 + Math.random() * 3500);
      if ((await kgLoad(file, 50, at)) === null) kills += 1;
      const partial = await graphFigures(driver, prefix);
      expect(partial).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0 });
    }
    const before = await graphFigures(driver, prefix);
    process.stderr.write(`[kill] ${kills} of ${KILL_POINTS} runs killed; ${before.documents} of ${c.records.length} documents in\n`);
    expect(kills).toBeGreaterThan(KILL_POINTS / 2);
    expect(await kgLoad(file, 50)).toBe(0);
    const { documents, statements, facts, mentions, ...checks } = await graphFigures(driver, prefix);
    expect(checks).toMatchObject({ duplicateDocuments: 0, duplicateStatements: 0, duplicateFacts: 0, mentionLinksAgree: true });
    expect({ documents, statements, facts, mentions }).toEqual(c.expected);
  }, 1_800_000);
});
