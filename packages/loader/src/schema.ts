import { Neo4jError, type Driver } from 'neo4j-driver';
import { assertIdentifier } from './identifiers';

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

/** The index on `r.id` of one predicate's relationships, so a known fact is found without expanding its (hub) ends. */
export function factIndexStatement(predicate: string): { name: string; statement: string } {
  const type = assertIdentifier(predicate, 'predicate');
  const name = `fact_id_${type.toLowerCase()}`;
  return { name, statement: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)` };
}

/**
 * Creates the `r.id` index of each predicate type that lacks one and waits until it is online. Indexes are
 * schema writes, which cannot share a transaction with data, so this runs before the batch that first uses a type.
 */
export async function ensureFactIndexes(driver: Driver, predicates: Iterable<string>, database = 'neo4j'): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const predicate of predicates) {
      const { name, statement } = factIndexStatement(predicate);
      try {
        await session.run(statement);
      } catch (err) {
        // A concurrent loader created the same index a moment earlier.
        if (!(err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Schema.'))) throw err;
      }
      await session.run('CALL db.awaitIndex($name, 300)', { name });
    }
  } finally {
    await session.close();
  }
}

/**
 * Remembers which predicate types have their `r.id` index, so that a loader creates each at most once (and
 * tries again after a failure). The returned function resolves when every given type's index is online.
 */
export function factIndexKeeper(driver: Driver, database = 'neo4j'): (predicates: Iterable<string>) => Promise<void> {
  const ready = new Map<string, Promise<void>>();
  return async (predicates) => {
    const waits = new Set<Promise<void>>();
    for (const predicate of predicates) {
      let wait = ready.get(predicate);
      if (!wait) {
        wait = ensureFactIndexes(driver, [predicate], database).catch((err) => {
          ready.delete(predicate);
          throw err;
        });
        ready.set(predicate, wait);
      }
      waits.add(wait);
    }
    await Promise.all(waits);
  };
}
