/**
 * PROFILE of every Cypher query the server runs for the benchmarked shapes, on the bench graph:
 *   npx tsx bench/api/profile.ts
 * Captures each query and its parameters through the server's onQuery hook, then profiles it as sent.
 */
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { createServer } from '@newsgraph/server';
import { benchDriver } from './bench-db';
import { benchEntity } from './gen-graph';
import { shapes } from './shapes';

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  children: PlanNode[];
}

const render = (p: PlanNode, depth = 0): string[] => [
  `${'  '.repeat(depth)}${p.operatorType.replace('@neo4j', '')}  rows=${p.rows} dbHits=${p.dbHits}`,
  ...p.children.flatMap((c) => render(c, depth + 1)),
];

const totalHits = (p: PlanNode): number => p.dbHits + p.children.reduce((n, c) => n + totalHits(c), 0);

const asCypher = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));

async function main() {
  const { driver } = await benchDriver();
  const captured: { cypher: string; params: Record<string, unknown> }[] = [];
  const server = await createServer({
    driver,
    logger: pino({ level: 'silent' }),
    onQuery: (cypher, params) => captured.push({ cypher, params }),
  }).listen(0);
  const ids = {
    entities: [benchEntity(500).id],
    centres: [benchEntity(2000).id],
    pairs: [[benchEntity(6587).id, benchEntity(12219).id]] as [string, string][],
  };
  try {
    for (const shape of shapes(ids)) {
      captured.length = 0;
      const t0 = Date.now();
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: shape.graphql, variables: shape.variables[0] }),
      });
      console.log(`\n=== ${shape.name} ${JSON.stringify(shape.variables[0])}: ${captured.length} round trip(s), ${Date.now() - t0} ms`);
      // The server's queries as sent, then the bench's raw Cypher for the same question.
      const raw = { cypher: shape.cypher, params: shape.cypherParams(shape.variables[0]!), label: 'raw Cypher of the bench' };
      for (const { cypher, params, label } of [...captured.map((c) => ({ ...c, label: 'server' })), raw]) {
        const session = driver.session({ defaultAccessMode: 'READ' });
        try {
          const t1 = Date.now();
          const result = await session.run(`PROFILE ${cypher}`, asCypher(params));
          const plan = result.summary.profile as unknown as PlanNode;
          console.log(
            `--- ${label}: ${Date.now() - t1} ms, ${totalHits(plan)} db hits${cypher.replace(/\n/g, '\n    ')}\n${render(plan).join('\n')}`,
          );
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
    await driver.close();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
