import { createLoader } from '@newsgraph/loader';
import type { Config } from '../config';
import { openDriver } from '../neo4j-control';

/** `kg delete DOCUMENT_ID`: retracts a document and everything only it supported. */
export async function deleteCommand(id: string, config: Config): Promise<number> {
  const driver = await openDriver(config);
  try {
    const result = await createLoader({ driver, database: config.neo4j.database }).deleteDocument(id);
    if (!result.found) {
      console.error(`kg: no document with id ${id}; nothing changed (list ids with the 'documents' query)`);
      return 1;
    }
    console.error(
      `kg: deleted ${id}: ${result.statements} statements, ${result.relations} relations and ${result.entities} entities left without evidence`,
    );
    return 0;
  } finally {
    await driver.close();
  }
}
