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
      for (const { cypher, params } of captured) {
        const session = driver.session({ defaultAccessMode: 'READ' });
        try {
          const t1 = Date.now();
          const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, asCypher(params)));
          console.log(
            `--- ${Date.now() - t1} ms${cypher.replace(/\n/g, '\n    ')}\n${render(result.summary.profile as unknown as PlanNode).join('\n')}`,
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
