import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';

// scripts/neo4j.js is plain CommonJS with no types; only what is used here is declared.
interface Neo4jScriptOptions {
  dir: string;
  boltPort: number;
  httpPort: number;
  heap?: string;
  pagecache?: string;
  quiet?: boolean;
  env?: NodeJS.ProcessEnv;
}
interface Neo4jScript {
  start(o: Neo4jScriptOptions): Promise<{ uri: string; user: string; password: string }>;
  stop(o: Neo4jScriptOptions): Promise<{ stopped: boolean }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require('../../../scripts/neo4j.js') as Neo4jScript;

const REPO = resolve(__dirname, '../../..');

const portFree = (port: number) =>
  new Promise<boolean>((done) => {
    const srv = createNetServer().once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });

/** The first pair (bolt, http) in 7720-7729 / 7500-7509 with both ports free: never the shared 7687/7474. */
async function freePorts(): Promise<{ boltPort: number; httpPort: number }> {
  for (let i = 0; i < 10; i += 1) {
    if ((await portFree(7720 + i)) && (await portFree(7500 + i))) return { boltPort: 7720 + i, httpPort: 7500 + i };
  }
  throw new Error('no free port pair in 7720-7729 / 7500-7509 for the dedicated Neo4j');
}

export interface OwnNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Stops the JVM (SIGTERM, clean shutdown); resolves once the process is gone. */
  stop(): Promise<void>;
  /** Starts it again; resolves once it answers a real query (scripts/neo4j.js waits for that). */
  start(): Promise<void>;
}

/**
 * A Neo4j of the test's own, which it may stop and start at will without disturbing the instance other tests
 * share. Its folder sits next to the shared one (NEWSGRAPH_NEO4J_DIR) with a suffix, so the jars are installed
 * once per machine and reused; RELIABILITY_NEO4J_DIR overrides it.
 */
export async function startOwnNeo4j(suffix = 'restart'): Promise<OwnNeo4j> {
  const base = process.env.NEWSGRAPH_NEO4J_DIR ?? resolve(REPO, '.neo4j');
  const dir = process.env.RELIABILITY_NEO4J_DIR ?? `${base}-${suffix}`;
  // NEO4J_PASSWORD/NEO4J_URI in the environment belong to the shared instance: this one keeps its own.
  const env = { ...process.env, NEO4J_PASSWORD: '', NEO4J_URI: '', NEO4J_HTTP_URL: '' };
  // An earlier run that died before its clean-up may have left this instance running, perhaps on other ports.
  await script.stop({ dir, boltPort: 7720, httpPort: 7500, quiet: true, env });
  const options: Neo4jScriptOptions = { dir, ...(await freePorts()), heap: '512m', pagecache: '64m', quiet: true, env };
  const info = await script.start(options);
  return {
    ...info,
    stop: async () => void (await script.stop(options)),
    start: async () => void (await script.start(options)),
  };
}
