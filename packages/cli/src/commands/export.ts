import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { validateRecord } from '@newsgraph/contract';
import { foldStatement, mergeEntity, prepareRecord, type EntityMergeRow, type FactRow } from '@newsgraph/loader';
import { CliError } from '../errors';
import { ARRAY_DELIMITER, csvField, csvList, statementCsvRow } from '../export/admin-csv-format';

export { ARRAY_DELIMITER };

export interface ExportOptions {
  /** Only 'neo4j-admin' so far: CSV files for `neo4j-admin database import full`. */
  format: string;
  /** Directory to write the CSV files into (created if missing). */
  out: string;
}

const q = csvField;
const list = csvList;

async function put(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line + '\n')) await once(stream, 'drain');
}

/** The neo4j-admin arguments that import the files written to `dir` into database `database`. */
export function adminImportArgs(dir: string, database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    `--nodes=${join(dir, 'entities.csv')}`,
    `--nodes=${join(dir, 'documents.csv')}`,
    `--nodes=${join(dir, 'statements.csv')}`,
    `--relationships=${join(dir, 'mentions.csv')}`,
    `--relationships=${join(dir, 'facts.csv')}`,
    `--array-delimiter=U+001F`,
    '--multiline-fields=true',
    '--overwrite-destination=true',
  ];
}

/**
 * `kg export FILE.jsonl --format neo4j-admin --out DIR`: the graph the loader would build from these records, as
 * CSV files for `neo4j-admin database import full` (an offline bulk import into an empty database). It reads the
 * JSON Lines, not the database, so it needs no Neo4j; statements stream straight out, while entities and facts are
 * merged in memory (their properties add up over documents). A document id seen twice keeps its first version.
 */
export async function exportCommand(file: string, { format, out }: ExportOptions): Promise<number> {
  if (format !== 'neo4j-admin') throw new CliError('USAGE', `unknown export format ${JSON.stringify(format)}: use --format neo4j-admin`);
  mkdirSync(out, { recursive: true });
  const open = (name: string, header: string) => {
    const s = createWriteStream(join(out, name));
    s.write(header + '\n');
    return s;
  };
  const documents = open('documents.csv', 'id:ID(Document),sha256,title,source,publishedAt,extractor,:LABEL');
  const statements = open(
    'statements.csv',
    'id:ID(Statement),factId,documentId,predicate,subject,object,negated:boolean,attributedTo,confidence:double,sentence:long,start:long,end:long,text,extractor,:LABEL',
  );
  const mentions = open('mentions.csv', ':START_ID(Entity),:END_ID(Document),count:long,offsets:long[],:TYPE');
  const entities = new Map<string, EntityMergeRow>();
  const facts = new Map<string, FactRow>();
  const seen = new Set<string>();
  let line = 0;
  let rejected = 0;
  let skipped = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (!text.trim()) continue;
    let record;
    try {
      const valid = validateRecord(JSON.parse(text));
      if (!valid.ok) throw new Error(valid.errors.slice(0, 3).join('; '));
      record = prepareRecord(valid.record);
    } catch (err) {
      rejected += 1;
      console.error(`kg: line ${line} rejected: ${(err as Error).message}`);
      continue;
    }
    const d = record.document;
    if (seen.has(d.id)) {
      skipped += 1;
      continue;
    }
    seen.add(d.id);
    await put(documents, [q(d.id), q(d.sha256), q(d.title), q(d.source), q(d.publishedAt), q(d.extractor), 'Document'].join(','));
    for (const e of record.entities) {
      await put(mentions, [q(e.id), q(d.id), e.count, list(e.offsets), 'MENTIONED_IN'].join(','));
      mergeEntity(entities, e);
    }
    for (const s of record.statements) {
      await put(statements, statementCsvRow(s));
      foldStatement(facts, s);
    }
  }
  const entityFile = open('entities.csv', 'id:ID(Entity),name,type,subtype,aliases:string[],mentionCount:long,:LABEL');
  for (const [id, e] of entities)
    await put(
      entityFile,
      [q(id), q(e.name), q(e.type), q(e.subtype), list(e.aliases), e.count, q(`Entity${ARRAY_DELIMITER}${e.type}`)].join(','),
    );
  const factFile = open(
    'facts.csv',
    ':START_ID(Entity),:END_ID(Entity),:TYPE,id,evidenceCount:long,confidence:double,negated:boolean,attributedTo',
  );
  for (const [id, f] of facts)
    await put(factFile, [q(f.subject), q(f.object), f.predicate, q(id), f.n, 1 - f.q, f.negated, q(f.attributedTo)].join(','));
  await Promise.all(
    [documents, statements, mentions, entityFile, factFile].map(
      (s) => new Promise<void>((done, fail) => s.end((err?: Error | null) => (err ? fail(err) : done()))),
    ),
  );
  console.error(
    `kg: exported ${seen.size} documents, ${entities.size} entities, ${facts.size} facts to ${out}` +
      `${skipped ? ` (${skipped} later versions of a document skipped)` : ''}${rejected ? `, ${rejected} records rejected` : ''}\n` +
      `kg: import into an empty, stopped database with: neo4j-admin ${adminImportArgs(out).join(' ')}`,
  );
  return rejected ? 1 : 0;
}
