import { createHash } from 'node:crypto';
import type { ExtractionRecord } from '@newsgraph/contract';
import { LoaderError } from './errors';
import { assertIdentifier, isEntityType, RESERVED_TYPES } from './identifiers';

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  subtype: string | null;
  aliases: string[];
  count: number;
  /** Mention offsets flattened as [start0, end0, start1, end1, ...]: one list property per MENTIONED_IN. */
  offsets: number[];
}

/** One piece of evidence: becomes one (:Statement) node, and counts towards its fact's relationship. */
export interface StatementRow {
  id: string;
  factId: string;
  documentId: string;
  predicate: string;
  subject: string;
  object: string;
  negated: boolean;
  attributedTo: string | null;
  confidence: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  extractor: string | null;
}

export interface DocumentRow {
  id: string;
  sha256: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  extractor: string | null;
}

export interface PreparedRecord {
  document: DocumentRow;
  entities: EntityRow[];
  statements: StatementRow[];
  tripleCount: number;
}

/**
 * The id of a fact: one relationship per (subject, predicate, object, negated, attributedTo), whatever
 * the number of documents that state it. A denial or someone's claim is a different fact from the plain statement.
 */
export function factId(subject: string, predicate: string, object: string, negated: boolean, attributedTo: string | null): string {
  const key = JSON.stringify([subject, predicate, object, negated, attributedTo]);
  return 'rel-' + createHash('sha1').update(key).digest('hex').slice(0, 24);
}

/** One row per entity id: a record that lists an entity twice must not count its mentions twice over two rows. */
function entityRows(record: ExtractionRecord): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const e of record.entities) {
    if (!isEntityType(e.type)) throw new LoaderError('INVALID_RECORD', `entity ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    const offsets = e.mentions.flatMap((m) => [m.start, m.end]);
    const row = rows.get(e.id);
    if (row) {
      row.aliases = [...new Set([...row.aliases, e.name, ...e.aliases])];
      row.count += e.mentions.length;
      row.offsets.push(...offsets);
      continue;
    }
    rows.set(e.id, {
      id: e.id,
      name: e.name,
      type: e.type,
      subtype: e.subtype ?? null,
      aliases: [...new Set([e.name, ...e.aliases])],
      count: e.mentions.length,
      offsets,
    });
  }
  return [...rows.values()];
}

/** Turns a contract record into the parameter rows the write statements take, checking what the schema cannot. */
export function prepareRecord(record: ExtractionRecord): PreparedRecord {
  const { document } = record;
  const entities = entityRows(record);
  const ids = new Set(entities.map((e) => e.id));
  const tripleIds = new Set<string>();
  const extractor = record.extractor ?? null;
  const statements = record.triples.map((t): StatementRow => {
    const predicate = assertIdentifier(t.predicate, 'predicate');
    if (RESERVED_TYPES.has(predicate)) throw new LoaderError('INVALID_RECORD', `triple ${t.id} uses the reserved predicate ${predicate}`);
    if (tripleIds.has(t.id))
      throw new LoaderError('INVALID_RECORD', `triple id ${JSON.stringify(t.id)} occurs twice; ids must be unique within a document`);
    tripleIds.add(t.id);
    for (const end of [t.subject, t.object, ...(t.attributedTo ? [t.attributedTo] : [])]) {
      if (!ids.has(end))
        throw new LoaderError('INVALID_RECORD', `triple ${t.id} names entity ${JSON.stringify(end)}, which the record does not define`);
    }
    const negated = t.negated ?? false;
    const attributedTo = t.attributedTo ?? null;
    return {
      id: `${document.id}/${t.id}`,
      factId: factId(t.subject, predicate, t.object, negated, attributedTo),
      documentId: document.id,
      predicate,
      subject: t.subject,
      object: t.object,
      negated,
      attributedTo,
      confidence: t.confidence,
      sentence: t.evidence.sentence,
      start: t.evidence.start,
      end: t.evidence.end,
      text: t.evidence.text,
      extractor,
    };
  });
  return {
    document: {
      id: document.id,
      sha256: document.sha256,
      title: document.title ?? null,
      source: document.source ?? null,
      publishedAt: document.publishedAt ?? null,
      extractor,
    },
    entities,
    statements,
    tripleCount: statements.length,
  };
}
