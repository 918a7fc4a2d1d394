import type { DocumentRow, EntityRow, PreparedRecord, StatementRow } from './prepare-record';

/** An entity merged over the batch's documents: its rows without the per-document mention offsets. */
export type EntityMergeRow = Omit<EntityRow, 'offsets'>;

export interface MentionRow {
  entity: string;
  count: number;
  offsets: number[];
}

export type DocumentWithMentions = DocumentRow & { mentions: MentionRow[] };

/** One fact's share of a batch: `n` new statements whose confidences multiply into `q` = Π(1 − c). */
export interface FactRow {
  id: string;
  predicate: string;
  subject: string;
  object: string;
  negated: boolean;
  attributedTo: string | null;
  n: number;
  q: number;
}

export interface BatchPlan {
  documents: DocumentWithMentions[];
  entities: EntityMergeRow[];
  facts: FactRow[];
  statements: StatementRow[];
}

/** The name an entity keeps when documents disagree: the longest (the fullest form), ties to the first in code-point order. */
export function betterName(a: string, b: string): string {
  return b.length > a.length || (b.length === a.length && b < a) ? b : a;
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
      const seen = entities.get(e.id);
      if (!seen) {
        entities.set(e.id, { id: e.id, name: e.name, type: e.type, subtype: e.subtype, aliases: [...e.aliases], count: e.count });
        continue;
      }
      seen.name = betterName(seen.name, e.name);
      seen.subtype ??= e.subtype;
      seen.count += e.count;
      for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    }
    for (const s of record.statements) {
      statements.push(s);
      const fact = facts.get(s.factId);
      if (fact) {
        fact.n += 1;
        fact.q *= 1 - s.confidence;
      } else {
        facts.set(s.factId, {
          id: s.factId,
          predicate: s.predicate,
          subject: s.subject,
          object: s.object,
          negated: s.negated,
          attributedTo: s.attributedTo,
          n: 1,
          q: 1 - s.confidence,
        });
      }
    }
  }
  return { documents, entities: [...entities.values()].sort(byId), facts: [...facts.values()].sort(byId), statements };
}
