import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphSource } from './graph-source';
import { ARRAY_DELIMITER, csvField as q, csvList, statementCsvRow } from './admin-csv-format';
import { createLineWriter, type LineWriter } from './line-writer';

const list = (values: readonly (string | number)[]) => csvList([...values]);

/**
 * The neo4j-admin headers: the same files and columns as `kg export FILE.jsonl --format neo4j-admin` (so
 * `adminImportArgs` imports either), plus what only the database knows (ingestedAt, firstSeen/lastSeen) and each
 * fact's documentIds, so the provenance of an edge survives without joining statements.
 */
export const ADMIN_HEADERS = {
  entities: 'id:ID(Entity),name,type,subtype,aliases:string[],mentionCount:long,:LABEL',
  documents: 'id:ID(Document),sha256,title,source,publishedAt,ingestedAt:datetime,extractor,:LABEL',
  statements:
    'id:ID(Statement),factId,documentId,predicate,subject,object,negated:boolean,attributedTo,confidence:double,sentence:long,start:long,end:long,text,extractor,:LABEL',
  mentions: ':START_ID(Entity),:END_ID(Document),count:long,offsets:long[],:TYPE',
  facts:
    ':START_ID(Entity),:END_ID(Entity),:TYPE,id,evidenceCount:long,confidence:double,negated:boolean,attributedTo,firstSeen:datetime,lastSeen:datetime,documentIds:string[]',
} as const;

async function file(dir: string, name: keyof typeof ADMIN_HEADERS): Promise<LineWriter> {
  const w = createLineWriter(join(dir, `${name}.csv`));
  await w.put(ADMIN_HEADERS[name]);
  return w;
}

async function drain<T>(rows: AsyncIterable<T>, w: LineWriter, line: (row: T) => string): Promise<number> {
  let n = 0;
  try {
    for await (const row of rows) {
      n += 1;
      await w.put(line(row));
    }
  } finally {
    await w.close();
  }
  return n;
}

/** Writes the graph (or a neighbourhood) as the five CSV files `neo4j-admin database import full` reads. */
export async function writeAdminCsv(source: GraphSource, dir: string): Promise<{ nodes: number; edges: number }> {
  mkdirSync(dir, { recursive: true });
  const nodes = await drain(source.entities(), await file(dir, 'entities'), (e) =>
    [q(e.id), q(e.name), q(e.type), q(e.subtype), list(e.aliases), e.mentionCount, q(`Entity${ARRAY_DELIMITER}${e.type}`)].join(','),
  );
  await drain(source.documents(), await file(dir, 'documents'), (d) =>
    [q(d.id), q(d.sha256), q(d.title), q(d.source), q(d.publishedAt), q(d.ingestedAt), q(d.extractor), 'Document'].join(','),
  );
  await drain(source.mentions(), await file(dir, 'mentions'), (m) =>
    [q(m.entity), q(m.document), m.count, list(m.offsets), 'MENTIONED_IN'].join(','),
  );
  const edges = await drain(source.facts(), await file(dir, 'facts'), (f) =>
    [
      q(f.subject),
      q(f.object),
      f.predicate,
      q(f.id),
      f.evidenceCount,
      f.confidence,
      f.negated,
      q(f.attributedTo),
      q(f.firstSeen),
      q(f.lastSeen),
      list(f.documentIds),
    ].join(','),
  );
  await drain(source.statements(), await file(dir, 'statements'), statementCsvRow);
  return { nodes, edges };
}
