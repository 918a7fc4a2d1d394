import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { CliError } from '../errors';
import { neo4jCall, openDriver } from '../neo4j-control';
import { ingest } from './ingest';
import { closeOnSignal, serve } from './serve';

const EXAMPLE = `{ entity(id: "location-turkey") { name relations(first: 5) { nodes { predicate object { name } evidence(first: 1) { text } } } } }`;

/** `npm start`: a local Neo4j if none is reachable, the sample corpus ingested, and the API served. */
export async function startCommand(config: Config): Promise<number> {
  if (!existsSync(config.sampleDir)) {
    throw new CliError(
      'INPUT_NOT_FOUND',
      `sample corpus ${config.sampleDir} does not exist: set NEWSGRAPH_SAMPLE_DIR to a folder of articles`,
    );
  }
  await neo4jCall((s) => s.ensureRunning());
  const driver = await openDriver(config);
  try {
    console.error(`kg: ingesting ${config.sampleDir} ...`);
    await ingest([config.sampleDir], driver, config.neo4j.database);
    const running = await serve(driver, config);
    console.error(
      [
        '',
        `newsgraph is serving GraphQL on ${running.url}`,
        `  open it in a browser for GraphiQL (example queries are in its tabs), or:`,
        `  curl -s ${running.url} -H 'content-type: application/json' \\`,
        `    -d '${JSON.stringify({ query: EXAMPLE })}'`,
        `health: ${running.url.replace('/graphql', '/health')}   ready: ${running.url.replace('/graphql', '/ready')}`,
        'Ctrl-C stops the server (Neo4j keeps running: npx kg neo4j stop).',
        '',
      ].join('\n'),
    );
    return await closeOnSignal(running, driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
}
