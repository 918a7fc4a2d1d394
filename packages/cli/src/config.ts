import { resolve } from 'node:path';

/** Everything `kg` reads from the environment, read once here and passed inward as typed options. */
export interface Config {
  neo4j: { uri?: string; user: string; password?: string; database: string };
  port: number;
  host: string;
  apiKey?: string;
  graphiql: boolean;
  corsOrigins: string[] | false;
  logLevel: string;
  /** The sample corpus `kg start` ingests. */
  sampleDir: string;
  /** `kg load` defaults, checked by the command: triples per transaction, seconds to wait for an unreachable Neo4j. */
  load: { batchSize?: string; retryTimeout?: string };
}

const REPO_ROOT = resolve(__dirname, '../../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    port: Number(env.PORT ?? 4000),
    host: env.HOST || '127.0.0.1',
    apiKey: env.NEWSGRAPH_API_KEY || undefined,
    graphiql: env.NEWSGRAPH_GRAPHIQL !== 'false',
    corsOrigins: env.NEWSGRAPH_CORS_ORIGINS ? env.NEWSGRAPH_CORS_ORIGINS.split(',').map((s) => s.trim()) : false,
    logLevel: env.LOG_LEVEL || 'info',
    sampleDir: env.NEWSGRAPH_SAMPLE_DIR || resolve(REPO_ROOT, 'data'),
    load: { batchSize: env.NEWSGRAPH_LOAD_BATCH_SIZE || undefined, retryTimeout: env.NEWSGRAPH_LOAD_RETRY_TIMEOUT || undefined },
  };
}

export const SCRIPTS_DIR = resolve(REPO_ROOT, 'scripts');
