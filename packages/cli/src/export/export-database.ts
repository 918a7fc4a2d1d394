import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { adminImportArgs } from '../commands/export';
import { CliError } from '../errors';
import { openGraphSource, type GraphSource } from './graph-source';
import { createLineWriter, type LineWriter } from './line-writer';
import { writeAdminCsv } from './write-admin-csv';
import { writeCypher } from './write-cypher';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeJsonl } from './write-jsonl';

type Counts = { nodes: number; edges: number };
type FileWriter = (source: GraphSource, out: LineWriter) => Promise<Counts>;

/** The formats that read the database; each writes one file except csv, which writes neo4j-admin's directory. */
const FILE_FORMATS: Record<string, FileWriter> = { graphml: writeGraphml, gexf: writeGexf, jsonl: writeJsonl, cypher: writeCypher };
export const DATABASE_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl', 'cypher'] as const;
export const MAX_DEPTH = 5;

export interface DatabaseExportOptions {
  driver: Driver;
  database?: string;
  /** graphml | gexf | csv | jsonl | cypher (neo4j-admin is accepted as another name for csv). */
  format: string;
  /** A file, or for csv a directory (created if missing). */
  out: string;
  /** Export only this entity's neighbourhood. */
  entity?: string;
  /** Hops around `entity` (1 to MAX_DEPTH). */
  depth?: number;
}

/** Checks the options a user typed before any connection is opened. */
export function checkDatabaseExport({ format, entity, depth }: { format: string; entity?: string; depth?: number }): void {
  if (format !== 'csv' && format !== 'neo4j-admin' && !(format in FILE_FORMATS)) {
    throw new CliError('USAGE', `unknown export format ${JSON.stringify(format)}: use one of ${DATABASE_FORMATS.join(', ')}`);
  }
  if (depth !== undefined && entity === undefined)
    throw new CliError('USAGE', '--depth needs --entity ID: the neighbourhood of which entity?');
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)) {
    throw new CliError('USAGE', `--depth must be a whole number from 1 to ${MAX_DEPTH}, got ${depth}`);
  }
}

/**
 * Exports the graph in the database, or one entity's neighbourhood, to a file (or a CSV directory), streaming rows
 * from read transactions: nothing is held in memory but one batch of records. Plain Cypher, no APOC.
 */
export async function exportDatabase({ driver, database, format, out, entity, depth }: DatabaseExportOptions): Promise<Counts> {
  checkDatabaseExport({ format, entity, depth });
  const source = await openGraphSource({ driver, database, entity, depth: depth ?? 1 });
  if (format === 'csv' || format === 'neo4j-admin') return writeAdminCsv(source, out);
  mkdirSync(dirname(out), { recursive: true });
  const writer = createLineWriter(out);
  try {
    return await FILE_FORMATS[format]!(source, writer);
  } finally {
    await writer.close();
  }
}

/** The one line printed after an export: what was written, and for csv how to import it. */
export function exportSummary({ format, out, entity, depth = 1 }: Omit<DatabaseExportOptions, 'driver'>, { nodes, edges }: Counts): string {
  const scope = entity === undefined ? 'the whole graph' : `${depth} hop${depth === 1 ? '' : 's'} around ${entity}`;
  const line = `kg: exported ${scope} (${nodes} entities, ${edges} relations) as ${format} to ${out}`;
  if (format !== 'csv' && format !== 'neo4j-admin') return line;
  return `${line}\nkg: import into an empty, stopped database with: neo4j-admin ${adminImportArgs(out).join(' ')}`;
}
