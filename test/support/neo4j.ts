import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { connect } from '@newsgraph/loader';

/** A driver to the Neo4j that the global setup made sure of (NEO4J_URI and credentials in the environment). */
export function testDriver(): Promise<Driver> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!NEO4J_URI || !NEO4J_PASSWORD)
    throw new Error('NEO4J_URI/NEO4J_PASSWORD unset: run the integration tests through jest (global setup)');
  return connect({ uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD });
}

/** A prefix no other test run uses, so each test's data is its own and it removes only that. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
