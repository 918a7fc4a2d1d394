import type { Config } from '../config';
import { exportCommand } from '../commands/export';
import { CliError } from '../errors';
import { openDriver } from '../neo4j-control';
import { checkDatabaseExport, exportDatabase, exportSummary } from './export-database';

export interface ExportFlags {
  format?: string;
  out: string;
  entity?: string;
  depth?: number;
}

/**
 * `kg export`, both forms. With a FILE.jsonl it converts records (no database; neo4j-admin only, as before);
 * without one it reads the database named by the config: the whole graph, or `--entity ID [--depth N]`.
 */
export async function exportAction(file: string | undefined, { format, out, entity, depth }: ExportFlags, config: Config): Promise<number> {
  if (file !== undefined) {
    if (entity !== undefined || depth !== undefined) {
      throw new CliError('USAGE', '--entity and --depth read the database: drop FILE.jsonl to export a neighbourhood from Neo4j');
    }
    if (format !== undefined && format !== 'neo4j-admin') {
      throw new CliError(
        'USAGE',
        `a FILE.jsonl exports only as --format neo4j-admin; --format ${format} reads the database: drop the file argument`,
      );
    }
    return exportCommand(file, { format: 'neo4j-admin', out });
  }
  const options = { format: format ?? 'graphml', out, entity, depth };
  checkDatabaseExport(options);
  const driver = await openDriver(config);
  try {
    const counts = await exportDatabase({ driver, database: config.neo4j.database, ...options });
    console.error(exportSummary(options, counts));
    return 0;
  } finally {
    await driver.close();
  }
}
