import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect, LoaderError } from '@newsgraph/loader';
import type { Config } from './config';
import { SCRIPTS_DIR } from './config';
import { CliError } from './errors';

export interface ConnectionInfo {
  uri: string;
  user: string;
  password: string | null;
  httpUrl: string;
  startedByUs?: boolean;
}

/** The local-Neo4j script (scripts/neo4j.js), shared with the test setup; typed here for the CLI. */
interface Neo4jScript {
  install(options?: object): Promise<unknown>;
  start(options?: object): Promise<ConnectionInfo>;
  stop(options?: object): Promise<unknown>;
  status(options?: object): Promise<{ running: boolean }>;
  ensureRunning(options?: object): Promise<ConnectionInfo>;
  connectionInfo(options?: object): Promise<ConnectionInfo>;
  main?(argv: string[]): Promise<number>;
}

export function neo4jScript(): Neo4jScript {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(SCRIPTS_DIR, 'neo4j.js')) as Neo4jScript;
}

/** Runs a script call, turning its errors (which already say what to fix) into one-line CLI errors. */
export async function neo4jCall<T>(fn: (script: Neo4jScript) => Promise<T>): Promise<T> {
  try {
    return await fn(neo4jScript());
  } catch (err) {
    throw new CliError('NEO4J', (err as Error).message, { cause: err });
  }
}

/**
 * Opens a driver to the configured Neo4j: NEO4J_URI when set, else the local install (which it does not start:
 * `kg start` and `kg neo4j start` do that).
 */
export async function openDriver(config: Config): Promise<Driver> {
  const info = await neo4jCall((s) => s.connectionInfo());
  const password = config.neo4j.password ?? info.password;
  if (!password) {
    throw new CliError('NEO4J', `no password for Neo4j at ${info.uri}: set NEO4J_PASSWORD (or run 'npx kg neo4j start' for a local one)`);
  }
  try {
    return await connect({ uri: config.neo4j.uri ?? info.uri, user: config.neo4j.user, password });
  } catch (err) {
    if (err instanceof LoaderError) throw new CliError('NEO4J', err.message, { cause: err });
    throw err;
  }
}
