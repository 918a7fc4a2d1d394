import { resolve } from 'node:path';
import { CliError } from './errors';

/** Everything `kg` reads from the environment, read once here and passed inward as typed options. */
export interface Config {
  neo4j: { uri?: string; user: string; password?: string; database: string };
  port: number;
  host: string;
  apiKey?: string;
  /** Every request, reads included, needs the API key. */
  requireKeyForReads: boolean;
  graphiql: boolean;
  introspection: boolean;
  maxBodyBytes?: number;
  /** Request limits; unset ones keep the server's defaults (README, Configuration). */
  limits: {
    maxQueryLength?: number;
    maxVariableValues?: number;
    maxDepth?: number;
    maxAliases?: number;
    maxCost?: number;
    maxTokens?: number;
    maxDirectives?: number;
  };
  /** Milliseconds: HTTP headers, whole request, idle keep-alive connection, database read transaction. */
  timeouts: { headers?: number; request?: number; keepAlive?: number; read?: number };
  corsOrigins: string[] | false;
  /** Most read queries kept compiled for the server's fast lane; 0 turns the lane off; unset keeps the default. */
  compiledQueries?: number;
  logLevel: string;
  /** The sample corpus `kg start` ingests. */
  sampleDir: string;
  /** `kg load` defaults, checked by the command: triples per transaction, seconds to wait for an unreachable Neo4j. */
  load: { batchSize?: string; retryTimeout?: string; txTimeout?: string };
}

const REPO_ROOT = resolve(__dirname, '../../..');

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  if (/^(false|0|no|off)$/i.test(value)) return false;
  throw new CliError('USAGE', `${name}=${value} is not a boolean: use true or false`);
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError('USAGE', `${name}=${value} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Reads and checks the environment; a bad value is a one-line error naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Production turns the playground and introspection off unless they are asked for.
  const production = env.NODE_ENV === 'production';
  const graphiql = flag(env, 'NEWSGRAPH_GRAPHIQL', !production);
  const timeouts = {
    headers: integer(env, 'NEWSGRAPH_HEADERS_TIMEOUT_MS', 100, 600_000),
    request: integer(env, 'NEWSGRAPH_REQUEST_TIMEOUT_MS', 100, 3_600_000),
    keepAlive: integer(env, 'NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS', 0, 600_000),
    read: integer(env, 'NEWSGRAPH_READ_TIMEOUT_MS', 100, 3_600_000),
  };
  if (timeouts.headers !== undefined || timeouts.request !== undefined) {
    // Only a configured timeout needs the server's defaults to be compared with: loading the server costs a `kg`
    // command that never serves (load, ingest, delete) about 0.4 s of CPU.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DEFAULT_HTTP_TIMEOUTS } = require('@newsgraph/server') as typeof import('@newsgraph/server');
    const [headers, request] = [timeouts.headers ?? DEFAULT_HTTP_TIMEOUTS.headers, timeouts.request ?? DEFAULT_HTTP_TIMEOUTS.request];
    if (headers > request)
      throw new CliError('USAGE', `NEWSGRAPH_HEADERS_TIMEOUT_MS (${headers}) may not exceed NEWSGRAPH_REQUEST_TIMEOUT_MS (${request})`);
  }
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    port: integer(env, 'PORT', 0, 65535) ?? 4000,
    host: env.HOST || '127.0.0.1',
    apiKey: env.NEWSGRAPH_API_KEY || undefined,
    requireKeyForReads: flag(env, 'NEWSGRAPH_REQUIRE_KEY_FOR_READS', false),
    graphiql,
    introspection: flag(env, 'NEWSGRAPH_INTROSPECTION', graphiql),
    maxBodyBytes: integer(env, 'NEWSGRAPH_MAX_BODY_BYTES', 1024, 1 << 30),
    limits: {
      maxQueryLength: integer(env, 'NEWSGRAPH_MAX_QUERY_LENGTH', 100, 10_000_000),
      maxVariableValues: integer(env, 'NEWSGRAPH_MAX_VARIABLE_VALUES', 10, 10_000_000),
      maxDepth: integer(env, 'NEWSGRAPH_MAX_DEPTH', 1, 1000),
      maxAliases: integer(env, 'NEWSGRAPH_MAX_ALIASES', 0, 100_000),
      maxCost: integer(env, 'NEWSGRAPH_MAX_COST', 1, 1_000_000_000),
      maxTokens: integer(env, 'NEWSGRAPH_MAX_TOKENS', 10, 10_000_000),
      maxDirectives: integer(env, 'NEWSGRAPH_MAX_DIRECTIVES', 0, 100_000),
    },
    timeouts,
    corsOrigins: env.NEWSGRAPH_CORS_ORIGINS ? env.NEWSGRAPH_CORS_ORIGINS.split(',').map((s) => s.trim()) : false,
    compiledQueries: integer(env, 'NEWSGRAPH_COMPILED_QUERIES', 0, 100_000),
    logLevel: env.LOG_LEVEL || 'info',
    sampleDir: env.NEWSGRAPH_SAMPLE_DIR || resolve(REPO_ROOT, 'data'),
    load: {
      batchSize: env.NEWSGRAPH_LOAD_BATCH_SIZE || undefined,
      retryTimeout: env.NEWSGRAPH_LOAD_RETRY_TIMEOUT || undefined,
      txTimeout: env.NEWSGRAPH_LOAD_TX_TIMEOUT || undefined,
    },
  };
}

export const SCRIPTS_DIR = resolve(REPO_ROOT, 'scripts');
