import type { Driver, Plan, ProfiledPlan } from 'neo4j-driver';
import { ensureFactIndexes, factIndexStatement } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { CURRENT_VERSIONS } from '../src/load-batch';
import { CREATE_FACTS, updateFacts, WRITE_DOCUMENTS, WRITE_ENTITIES, WRITE_STATEMENTS } from '../src/write-batch';

let driver: Driver;
// A type no relationship has yet: the situation of the first batches of a load into an empty database, when a
// planner left to the statistics may choose a scan, and a cached plan outlives the counts it was made with.
const type = uniqueId('PLAN').toUpperCase().replace(/-/g, '_');
const other = `${type}_OTHER`;

beforeAll(async () => {
  driver = await testDriver();
  await ensureFactIndexes(driver, [type, other]);
});

afterAll(async () => {
  for (const t of [type, other]) await driver.executeQuery(`DROP INDEX ${factIndexStatement(t).name} IF EXISTS`);
  await driver.close();
});

function operators(plan: Plan, out: string[] = []): string[] {
  out.push(plan.operatorType.replace(/@.*/, ''));
  for (const child of plan.children) operators(child, out);
  return out;
}

async function explain(cypher: string): Promise<string[]> {
  // EXPLAIN goes after the query options, which the statements start with.
  const query = cypher.trim().startsWith('CYPHER') ? cypher.trim().replace(/^(CYPHER \S+)/, '$1 EXPLAIN') : `EXPLAIN ${cypher}`;
  const { summary } = await driver.executeQuery(query, { rows: [], ids: [] });
  return operators(summary.plan as Plan);
}

const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan|AllRelationshipsScan|Expand\(All\))/;

describe('write statement plans', () => {
  it.each([
    ['current versions', CURRENT_VERSIONS],
    ['entities', WRITE_ENTITIES],
    ['documents', WRITE_DOCUMENTS],
    ['statements', WRITE_STATEMENTS],
    ['new facts', CREATE_FACTS],
  ])('%s: reach every row by a unique-constraint seek, never a scan', async (_name, cypher) => {
    const ops = await explain(cypher);
    expect(ops.filter((op) => SCANS.test(op))).toEqual([]);
  });

  it('known facts: a relationship index seek per row even while the type has no relationship', async () => {
    const ops = await explain(updateFacts([type]));
    expect(ops).toContain('DirectedRelationshipIndexSeek');
    expect(ops.filter((op) => SCANS.test(op))).toEqual([]);
  });

  it('known facts: each type’s index is searched for that type’s rows only', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ id: `${type}-${i}`, n: 1, q: 0.5 }));
    const query = updateFacts([type, other]).replace(/^(CYPHER \S+)/, '$1 PROFILE');
    const { summary } = await driver.executeQuery(query, { rows: [rows, []] });
    const seeks: Record<string, number> = {};
    const walk = (p: ProfiledPlan) => {
      if (p.operatorType.startsWith('DirectedRelationshipIndexSeek')) {
        const t = String(p.arguments.Details).match(/r:(\w+)\(id\)/)![1]!;
        seeks[t] = (seeks[t] ?? 0) + p.dbHits;
      }
      p.children.forEach(walk);
    };
    walk(summary.profile as ProfiledPlan);
    expect(seeks[type]).toBeGreaterThanOrEqual(rows.length);
    expect(seeks[other]).toBe(0);
  });
});
