import { createHash } from 'node:crypto';
import type { ExtractionRecord } from '@newsgraph/contract';

export interface FactSpec {
  subject: string;
  predicate: string;
  object: string;
  confidence?: number;
  negated?: boolean;
  attributedTo?: string;
}

/**
 * A small valid record: `text` names every entity, each fact's evidence is the whole text.
 * Entity ids are taken as given, so tests choose unique ones.
 */
export function makeRecord(docId: string, text: string, entities: Record<string, string>, facts: FactSpec[]): ExtractionRecord {
  return {
    document: { id: docId, sha256: createHash('sha256').update(text).digest('hex'), title: docId, source: null, publishedAt: null },
    entities: Object.entries(entities).map(([id, name]) => {
      const start = Math.max(0, text.indexOf(name));
      return {
        id,
        name,
        type: 'Organization',
        subtype: null,
        aliases: [],
        mentions: [{ start, end: start + name.length, text: text.slice(start, start + name.length), sentence: 0 }],
      };
    }),
    triples: facts.map((f, i) => ({
      id: `t${i}`,
      subject: f.subject,
      predicate: f.predicate,
      object: f.object,
      confidence: f.confidence ?? 0.5,
      negated: f.negated ?? false,
      attributedTo: f.attributedTo ?? null,
      evidence: { sentence: 0, start: 0, end: text.length, text },
    })),
  };
}
