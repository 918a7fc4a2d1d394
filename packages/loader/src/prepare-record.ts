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

export interface StatementRow {
  id: string;
  factId: string;
  subject: string;
  object: string;
  negated: boolean;
  attributedTo: string | null;
  confidence: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface PreparedRecord {
  document: { id: string; sha256: string; title: string | null; source: string | null; publishedAt: string | null; extractor: string | null };
  entities: EntityRow[];
  /** Statement rows grouped by predicate: relationship types cannot be parameters, so each gets its own statement. */
  statementsByPredicate: Map<string, StatementRow[]>;
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

/** Turns a contract record into the parameter rows the write statements take, checking what the schema cannot. */
export function prepareRecord(record: ExtractionRecord): PreparedRecord {
  const { document } = record;
  const ids = new Set(record.entities.map((e) => e.id));
  const entities = record.entities.map((e): EntityRow => {
    if (!isEntityType(e.type)) throw new LoaderError('INVALID_RECORD', `entity ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      subtype: e.subtype ?? null,
      aliases: [...new Set([e.name, ...e.aliases])],
      count: e.mentions.length,
      offsets: e.mentions.flatMap((m) => [m.start, m.end]),
    };
  });
  const statementsByPredicate = new Map<string, StatementRow[]>();
  for (const t of record.triples) {
    const predicate = assertIdentifier(t.predicate, 'predicate');
    if (RESERVED_TYPES.has(predicate)) throw new LoaderError('INVALID_RECORD', `triple ${t.id} uses the reserved predicate ${predicate}`);
    for (const end of [t.subject, t.object, ...(t.attributedTo ? [t.attributedTo] : [])]) {
      if (!ids.has(end)) throw new LoaderError('INVALID_RECORD', `triple ${t.id} names entity ${JSON.stringify(end)}, which the record does not define`);
    }
    const negated = t.negated ?? false;
    const attributedTo = t.attributedTo ?? null;
    const rows = statementsByPredicate.get(predicate) ?? [];
    rows.push({
      id: `${document.id}/${t.id}`,
      factId: factId(t.subject, predicate, t.object, negated, attributedTo),
      subject: t.subject,
      object: t.object,
      negated,
      attributedTo,
      confidence: t.confidence,
      sentence: t.evidence.sentence,
      start: t.evidence.start,
      end: t.evidence.end,
      text: t.evidence.text,
    });
    statementsByPredicate.set(predicate, rows);
  }
  return {
    document: {
      id: document.id,
      sha256: document.sha256,
      title: document.title ?? null,
      source: document.source ?? null,
      publishedAt: document.publishedAt ?? null,
      extractor: record.extractor ?? null,
    },
    entities,
    statementsByPredicate,
    tripleCount: record.triples.length,
  };
}
