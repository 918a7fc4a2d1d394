/** The slices of schema.graphql's types that the browser asks for (see ./queries.ts). */

export const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Group', 'Event', 'Other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityRef {
  id: string;
  name: string;
}

export interface Entity extends EntityRef {
  type: EntityType;
  subtype: string | null;
  mentionCount: number;
}

export interface Relation {
  id: string;
  predicate: string;
  confidence: number;
  evidenceCount: number;
  negated: boolean;
  subject: EntityRef;
  object: EntityRef;
  attributedTo: EntityRef | null;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relation[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: Entity[];
  edges: Relation[];
}

export interface SearchHit {
  score: number;
  entity: Entity;
}

export interface Evidence {
  id: string;
  text: string;
  sentence: number;
  start: number;
  end: number;
  confidence: number;
  extractor: string | null;
  document: { id: string; title: string | null; source: string | null; publishedAt: string | null };
}

export interface RelationDetail extends Relation {
  subject: EntityRef & { aliases: string[] };
  object: EntityRef & { aliases: string[] };
  evidence: Evidence[];
}
