import type { EntityRow, StatementRow } from './prepare-record';

/** An entity merged over several documents: its rows without the per-document mention offsets. */
export type EntityMergeRow = Omit<EntityRow, 'offsets'>;

/** A fact's share of several documents: `n` statements whose confidences multiply into `q` = Π(1 − c). */
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

/** The name an entity keeps when documents disagree: the longest (the fullest form), ties to the first in code-point order. */
export function betterName(a: string, b: string): string {
  return b.length > a.length || (b.length === a.length && b < a) ? b : a;
}

/** Adds one document's entity row to the merged rows: aliases accumulate, mention counts add up, the best name wins. */
export function mergeEntity(entities: Map<string, EntityMergeRow>, e: EntityRow): void {
  const seen = entities.get(e.id);
  if (!seen) {
    entities.set(e.id, { id: e.id, name: e.name, type: e.type, subtype: e.subtype, aliases: [...e.aliases], count: e.count });
    return;
  }
  seen.name = betterName(seen.name, e.name);
  seen.subtype ??= e.subtype;
  seen.count += e.count;
  for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
}

/** Counts one statement towards its fact, folding its confidence into the fact's noisy-OR. */
export function foldStatement(facts: Map<string, FactRow>, s: StatementRow): void {
  const fact = facts.get(s.factId);
  if (fact) {
    fact.n += 1;
    fact.q *= 1 - s.confidence;
    return;
  }
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
