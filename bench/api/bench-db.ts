import type { Driver } from 'neo4j-driver';
import { connect } from '@newsgraph/loader';

// scripts/neo4j.js is plain CommonJS with no types; only the fields used here are declared.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const neo4jScript = require('../../scripts/neo4j.js') as {
  ensureRunning(o: { quiet?: boolean }): Promise<{ uri: string; user: string; password: string }>;
};

/**
 * A driver to the bench database: NEO4J_URI/NEO4J_PASSWORD when set, else the local instance that
 * scripts/neo4j.js runs (NEWSGRAPH_NEO4J_DIR, NEO4J_BOLT_PORT pick which one), started if needed.
 */
export async function benchDriver(): Promise<{ driver: Driver; uri: string; user: string; password: string }> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  const info =
    NEO4J_URI && NEO4J_PASSWORD
      ? { uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD }
      : await neo4jScript.ensureRunning({ quiet: true });
  return { driver: await connect(info), ...info };
}
