import { ENTITY_TYPES, IDENTIFIER_PATTERN } from '@newsgraph/contract';
import { CliError } from '../errors';
import { cypherLiteral } from './cypher-literal';
import type { FactRow, GraphSource } from './graph-source';
import type { LineWriter } from './line-writer';

/** Rows per UNWIND statement: large enough to load quickly, small enough for cypher-shell's parser. */
const BATCH = 500;

// Labels and relationship types come from data, so they are checked before they are placed in a statement.
function checked(name: string, ok: boolean, what: string): string {
  if (!ok)
    throw new CliError(
      'USAGE',
      `${what} ${JSON.stringify(name)} found in the database is not a safe identifier; cannot write it as Cypher`,
    );
  return name;
}
const entityLabel = (type: string) => checked(type, (ENTITY_TYPES as readonly string[]).includes(type), 'entity type');
const relationType = (predicate: string) =>
  checked(predicate, IDENTIFIER_PATTERN.test(predicate) && predicate !== 'MENTIONED_IN', 'relation type');

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function batched<T>(rows: AsyncIterable<T>, size: number, flush: (batch: T[]) => Promise<void>): Promise<number> {
  let batch: T[] = [];
  let n = 0;
  for await (const row of rows) {
    n += 1;
    batch.push(row);
    if (batch.length >= size) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length) await flush(batch);
  return n;
}

const rows = (values: object[]) => `UNWIND [\n${values.map((v) => '  ' + cypherLiteral(v)).join(',\n')}\n] AS row`;

/**
 * Writes a Cypher script that rebuilds the graph (or a neighbourhood) in another database:
 * `cypher-shell -f graph.cypher`. It MERGEs by id, so replaying it, or replaying two overlapping neighbourhoods,
 * creates nothing twice; the loader's constraints are created first so that the MERGEs are index lookups.
 */
export async function writeCypher(source: GraphSource, out: LineWriter): Promise<{ nodes: number; edges: number }> {
  await out.put('// newsgraph export: run with cypher-shell -f FILE (needs write access; MERGEs by id, safe to replay)');
  for (const label of ['Entity', 'Document', 'Statement']) {
    await out.put(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`);
  }
  await out.put('CREATE INDEX statement_fact IF NOT EXISTS FOR (s:Statement) ON (s.factId);');
  const nodes = await batched(source.entities(), BATCH, async (batch) => {
    const byType = groupBy(batch, (e) => entityLabel(e.type));
    for (const [type, group] of byType) {
      await out.put(`${rows(group)}\nMERGE (e:Entity {id: row.id}) SET e += row, e:${type};`);
    }
  });
  await batched(source.documents(), BATCH, async (batch) => {
    await out.put(
      `${rows(batch)}\nMERGE (d:Document {id: row.id})\n` +
        'SET d += row {.sha256, .title, .source, .publishedAt, .extractor}, d.ingestedAt = datetime(row.ingestedAt);',
    );
  });
  await batched(source.mentions(), BATCH, async (batch) => {
    await out.put(
      `${rows(batch)}\nMATCH (e:Entity {id: row.entity}), (d:Document {id: row.document})\n` +
        'MERGE (e)-[m:MENTIONED_IN]->(d) SET m.count = row.count, m.offsets = row.offsets;',
    );
  });
  const edges = await batched(source.facts(), BATCH, async (batch: FactRow[]) => {
    const byType = groupBy(batch, (f) => relationType(f.predicate));
    for (const [type, group] of byType) {
      await out.put(
        `${rows(group)}\nMATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})\n` +
          `MERGE (a)-[r:${type} {id: row.id}]->(b)\n` +
          'SET r += row {.confidence, .evidenceCount, .negated, .attributedTo, .documentIds}, ' +
          'r.firstSeen = datetime(row.firstSeen), r.lastSeen = datetime(row.lastSeen);',
      );
    }
  });
  await batched(source.statements(), BATCH, async (batch) => {
    await out.put(`${rows(batch)}\nMERGE (s:Statement {id: row.id}) SET s += row;`);
  });
  return { nodes, edges };
}
