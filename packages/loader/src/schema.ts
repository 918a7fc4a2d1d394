import type { Driver } from 'neo4j-driver';

/**
 * The graph model's constraints and indexes (see the loader's README). Every statement is idempotent
 * (IF NOT EXISTS), so this runs before every load.
 */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX statement_fact IF NOT EXISTS FOR (s:Statement) ON (s.factId)',
  'CREATE INDEX statement_document IF NOT EXISTS FOR (s:Statement) ON (s.documentId)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount)',
  'CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt)',
  'CREATE INDEX document_ingested IF NOT EXISTS FOR (d:Document) ON (d.ingestedAt)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
];

/** Creates the constraints and indexes if they are missing and waits until they are online. */
export async function ensureSchema(driver: Driver, database = 'neo4j'): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
