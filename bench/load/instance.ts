import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The local-Neo4j script's module API (scripts/neo4j.js). */
interface Neo4jScript {
  install(o?: object): Promise<unknown>;
  start(o?: object): Promise<{ uri: string; user: string; password: string }>;
  stop(o?: object): Promise<unknown>;
}

const ROOT = resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require(join(ROOT, 'scripts/neo4j.js')) as Neo4jScript;

export interface BenchInstanceOptions {
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pagecache: string;
  log: (m: string) => void;
}

/**
 * The benchmark's own Neo4j: its own folder and ports, so a bench never touches the developer's or the
 * tests' database, and it starts from an empty store every time.
 */
export function benchInstance({ dir, boltPort, httpPort, heap, pagecache, log }: BenchInstanceOptions) {
  // Only these keys: an inherited NEO4J_URI or NEO4J_PASSWORD must not point the script at another server.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, JAVA_HOME: process.env.JAVA_HOME };
  const o = { env, dir, boltPort, httpPort, heap, pagecache, log };

  /** Copies the jars of an install of the same version (the repo's or the tests'), saving a Maven download. */
  function seedJars(): void {
    if (existsSync(join(dir, 'install.json'))) return;
    for (const other of [process.env.NEWSGRAPH_NEO4J_DIR, join(ROOT, '.neo4j')]) {
      if (!other || !existsSync(join(other, 'install.json'))) continue;
      cpSync(join(other, 'lib'), join(dir, 'lib'), { recursive: true });
      cpSync(join(other, 'install.json'), join(dir, 'install.json'));
      log(`copied Neo4j jars from ${other}`);
      return;
    }
  }

  return {
    dir,
    lib: join(dir, 'lib'),
    conf: join(dir, 'conf'),
    /** Stops the instance if it runs and deletes its databases: the next start is an empty store. */
    async wipe(): Promise<void> {
      await script.stop(o);
      rmSync(join(dir, 'data'), { recursive: true, force: true });
    },
    async start(): Promise<{ uri: string; password: string }> {
      seedJars();
      await script.install(o);
      const info = await script.start(o);
      return { uri: info.uri, password: info.password ?? readFileSync(join(dir, 'password'), 'utf8').trim() };
    },
    stop: () => script.stop(o),
  };
}
