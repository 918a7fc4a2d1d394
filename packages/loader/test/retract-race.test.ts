import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { makeRecord } from '../../../test/support/records';

// A document retracted while another document that states the same fact is being loaded: whichever commits
// first, the fact must end with exactly the evidence that remains, never a statement without its fact
// or a fact without statements.
let driver: Driver;
let loaders: Loader[];
const docs: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
  loaders = [createLoader({ driver }), createLoader({ driver })];
});

afterAll(async () => {
  for (const id of docs) await loaders[0]!.deleteDocument(id);
  await driver.close();
});

async function invariants(ids: string[]) {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r]->(:Entity) WHERE type(r) <> 'MENTIONED_IN'
     OPTIONAL MATCH (s:Statement {factId: r.id})
     WITH r, count(s) AS statements
     RETURN count(r) AS facts, sum(CASE WHEN statements = 0 THEN 1 ELSE 0 END) AS withoutEvidence,
            sum(CASE WHEN r.evidenceCount <> statements THEN 1 ELSE 0 END) AS miscounted`,
    { ids },
  );
  const orphans = await driver.executeQuery(
    `MATCH (s:Statement) WHERE s.subject IN $ids
     AND NOT EXISTS { MATCH (:Entity {id: s.subject})-[r]->(:Entity {id: s.object}) WHERE r.id = s.factId }
     RETURN count(s) AS n`,
    { ids },
  );
  return { ...records[0]!.toObject(), statementsWithoutFact: orphans.records[0]!.get('n') };
}

describe('retraction racing a load of the same fact', () => {
  it('keeps facts and evidence consistent over many rounds', async () => {
    const p = uniqueId('race');
    const [a, b] = [`${p}-a`, `${p}-b`];
    const names = { [a]: `Alpha ${p}`, [b]: `Beta ${p}` };
    for (let round = 0; round < 12; round += 1) {
      const first = `${p}-r${round}-x`;
      const second = `${p}-r${round}-y`;
      docs.push(first, second);
      const record = (id: string, text: string) =>
        makeRecord(id, text, names, [{ subject: a, predicate: 'SUPPORTS', object: b, confidence: 0.5 }]);
      await loaders[0]!.loadRecord(record(first, `${names[a]} supports ${names[b]} (${first}).`));
      // Retract the only evidence while another document adds evidence for the same fact.
      await Promise.all([
        loaders[0]!.deleteDocument(first),
        loaders[1]!.loadRecord(record(second, `${names[a]} backs ${names[b]} (${second}).`)),
      ]);
      expect({ round, ...(await invariants([a, b])) }).toEqual({
        round,
        facts: 1,
        withoutEvidence: 0,
        miscounted: 0,
        statementsWithoutFact: 0,
      });
      await loaders[0]!.deleteDocument(second);
    }
  });
});
