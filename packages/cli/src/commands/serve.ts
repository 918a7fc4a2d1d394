import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createServer, type RunningServer } from '@newsgraph/server';
import type { Config } from '../config';
import { CliError } from '../errors';
import { openDriver } from '../neo4j-control';

/** The graph browser's build (src/commands and dist/commands sit at the same depth below the repository root). */
export const BROWSER_DIR = resolve(__dirname, '../../../..', 'packages/browser/dist');

/** Starts the GraphQL server on the configured port; resolves once it listens. */
export async function serve(driver: Driver, config: Config): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const server = createServer({
    driver,
    database: config.neo4j.database,
    apiKey: config.apiKey,
    requireKeyForReads: config.requireKeyForReads,
    graphiql: config.graphiql,
    introspection: config.introspection,
    maxBodyBytes: config.maxBodyBytes,
    maxQueryLength: config.limits.maxQueryLength,
    maxVariableValues: config.limits.maxVariableValues,
    armor: {
      maxDepth: config.limits.maxDepth,
      maxAliases: config.limits.maxAliases,
      maxCost: config.limits.maxCost,
      maxTokens: config.limits.maxTokens,
      maxDirectives: config.limits.maxDirectives,
    },
    timeouts: { headers: config.timeouts.headers, request: config.timeouts.request, keepAlive: config.timeouts.keepAlive },
    readTimeout: config.timeouts.read,
    cors: config.corsOrigins,
    preparedQueries: config.compiledQueries === 0 ? false : { maxEntries: config.compiledQueries },
    logger,
    browserDir: existsSync(BROWSER_DIR) ? BROWSER_DIR : undefined,
  });
  try {
    return await server.listen(config.port, config.host);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(
        'PORT_IN_USE',
        `port ${config.port} is already in use on ${config.host}: stop what runs there or set PORT to a free port`,
      );
    }
    throw err;
  }
}

/** Keeps the process up until Ctrl-C or SIGTERM, then closes the server and the driver. */
export function closeOnSignal(running: RunningServer, driver: Driver): Promise<number> {
  return new Promise((done) => {
    const shutdown = async () => {
      await running.close();
      await driver.close();
      done(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

/** `kg serve`: the GraphQL API over the configured Neo4j. */
export async function serveCommand(config: Config): Promise<number> {
  const driver = await openDriver(config);
  try {
    const running = await serve(driver, config);
    console.error(`kg: GraphQL on ${running.url}`);
    if (existsSync(BROWSER_DIR)) console.error(`kg: graph browser on ${running.url.replace(/\/graphql$/, '/browser/')}`);
    return await closeOnSignal(running, driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
}
