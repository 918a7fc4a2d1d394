/** The extraction contract (`extraction.schema.json`): one JSON object per document, one per line. */

export const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Group', 'Event', 'Other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface DocumentInfo {
  id: string;
  sha256: string;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

export interface Mention {
  /** UTF-16 offset into the original text, inclusive. */
  start: number;
  /** Exclusive: `text.slice(start, end) === mention.text`. */
  end: number;
  text: string;
  sentence: number;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  subtype?: string | null;
  aliases: string[];
  mentions: Mention[];
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Triple {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  confidence: number;
  negated?: boolean;
  attributedTo?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  evidence: Evidence;
}

export interface ExtractionRecord {
  document: DocumentInfo;
  entities: ExtractedEntity[];
  triples: Triple[];
  /** Not in the schema's required set: the extractor's name and version, kept with the evidence. */
  extractor?: string;
}

/** Labels and relationship types that come from data must match this before they reach a query string. */
export const IDENTIFIER_PATTERN = /^[A-Z][A-Z0-9_]*$/;
