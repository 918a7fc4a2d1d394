import { foldStatement, mergeEntity, type EntityMergeRow, type FactRow } from './fold-rows';
import type { DocumentRow, PreparedRecord, StatementRow } from './prepare-record';

export interface MentionRow {
  entity: string;
  count: number;
  offsets: number[];
}

export type DocumentWithMentions = DocumentRow & { mentions: MentionRow[] };

export interface BatchPlan {
  documents: DocumentWithMentions[];
  entities: EntityMergeRow[];
  facts: FactRow[];
  statements: StatementRow[];
}

const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Folds the records of one transaction into one row per entity and per fact. A hub such as a country
 * that 300 documents of the batch mention is then locked and updated once, not 300 times; and rows are
 * sorted by id so that concurrent loaders take their node locks in the same order and do not deadlock.
 */
export function planBatch(records: PreparedRecord[]): BatchPlan {
  const entities = new Map<string, EntityMergeRow>();
  const facts = new Map<string, FactRow>();
  const documents: DocumentWithMentions[] = [];
  const statements: StatementRow[] = [];
  for (const record of records) {
    const mentions: MentionRow[] = [];
    documents.push({ ...record.document, mentions });
    for (const e of record.entities) {
      mentions.push({ entity: e.id, count: e.count, offsets: e.offsets });
      mergeEntity(entities, e);
    }
    for (const s of record.statements) {
      statements.push(s);
      foldStatement(facts, s);
    }
  }
  return { documents, entities: [...entities.values()].sort(byId), facts: [...facts.values()].sort(byId), statements };
}
