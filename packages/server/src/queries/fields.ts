// Projections and filters the queries share. Every value is a parameter; the only things spliced into query
// strings are variable names, integers checked by the resolvers, and labels or relation types checked against
// the identifier pattern (DESIGN.md, convention 7).

import type { Order } from './order';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** The Entity fields stored as properties; a projection may name only these (they are spliced into queries). */
export const ENTITY_FIELDS = ['id', 'name', 'type', 'subtype', 'aliases', 'mentionCount'] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

export const entityFields = (e = 'e', fields: readonly EntityField[] = ENTITY_FIELDS) => fields.map((f) => `${f}: ${e}.${f}`).join(', ');

/** The Relation fields stored as properties of the relationship, besides its id (they are spliced into queries). */
export const RELATION_PROPS = ['confidence', 'evidenceCount', 'negated', 'attributedTo'] as const;
export type RelationProp = (typeof RELATION_PROPS)[number];

/**
 * A relation with its two entities inlined (`subjectNode`, `objectNode`): reading them here costs a few property
 * reads per row, where resolving `subject { name }` afterwards would cost another round trip. `ends` narrows the
 * entities to the fields the request selects (id is always read), `props` the relationship's own properties.
 * The ends' ids are read once, in the inlined entities (`subjectNode.id`), not again as separate columns.
 */
export const relationFields = (r = 'r', ends: readonly EntityField[] = ENTITY_FIELDS, props: readonly RelationProp[] = RELATION_PROPS) =>
  `id: ${r}.id, predicate: type(${r}), ` +
  props.map((f) => `${f}: ${r}.${f}, `).join('') +
  `subjectNode: {${entityFields(`startNode(${r})`, ends)}}, objectNode: {${entityFields(`endNode(${r})`, ends)}}`;

/** What a query projects of each relation: see relationFields(). */
export interface RelationProjection {
  ends: readonly EntityField[];
  props: readonly RelationProp[];
}

/** Every field: for rows that go into a cache or to callers that select anything. */
export const FULL_PROJECTION: RelationProjection = { ends: ENTITY_FIELDS, props: RELATION_PROPS };

export const documentFields = (d = 'd') =>
  `id: ${d}.id, title: ${d}.title, source: ${d}.source, publishedAt: ${d}.publishedAt, ingestedAt: toString(${d}.ingestedAt), sha256: ${d}.sha256`;

/** What a request filters relations on; the predicates have been checked against the identifier pattern. */
export interface RelationFilter {
  predicates: readonly string[] | null;
  minConfidence: number;
  includeNegated: boolean;
  /** Only facts claimed by this entity. */
  attributedTo?: string | null;
}

/**
 * The WHERE condition for relation `r`, holding only the conditions that filter something: with the defaults
 * it is `true` and the database reads no relationship property at all while it traverses. Predicates are not
 * in it: `typed()` puts them in the pattern. Values stay parameters ($minConfidence, $attributedTo).
 */
export function relationFilter(r: string, { predicates, minConfidence, includeNegated, attributedTo }: RelationFilter): string {
  const conditions = [
    ...(predicates?.length === 0 ? ['false'] : []),
    ...(minConfidence > 0 ? [`${r}.confidence >= $minConfidence`] : []),
    ...(includeNegated ? [] : [`NOT ${r}.negated`]),
    ...(attributedTo != null ? [`${r}.attributedTo = $attributedTo`] : []),
  ];
  return conditions.length ? conditions.join(' AND ') : 'true';
}

/**
 * A relationship pattern restricted to the asked-for types, so the database expands only those (a hub's
 * million other relationships are never touched). `predicates` have been checked against the identifier pattern.
 */
export const typed = (r: string, predicates: readonly string[] | null) => (predicates?.length ? `${r}:${predicates.join('|')}` : r);

/** One hop from `a` to `b` in the asked direction. */
export function hop(a: string, r: string, b: string, direction: Direction): string {
  if (direction === 'OUTGOING') return `(${a})-[${r}]->(${b})`;
  if (direction === 'INCOMING') return `(${a})<-[${r}]-(${b})`;
  return `(${a})-[${r}]-(${b})`;
}

/** The total order relations are listed in: strongest first, ties broken by id so pages never overlap. */
export const RELATION_ORDER: Order = {
  name: 'relations:STRONGEST',
  keys: [{ expr: 'coalesce(r.confidence, 0.0)', desc: true }, { expr: 'coalesce(r.evidenceCount, 0)', desc: true }, { expr: 'r.id' }],
};
