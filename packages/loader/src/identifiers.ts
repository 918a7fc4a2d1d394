import { ENTITY_TYPES, IDENTIFIER_PATTERN, type EntityType } from '@newsgraph/contract';
import { LoaderError } from './errors';

/**
 * Returns `value` when it is safe to place in a Cypher string as a label or relationship type.
 * Data never reaches a query string any other way (DESIGN.md, convention 7).
 */
export function assertIdentifier(value: string, what = 'relationship type'): string {
  if (!IDENTIFIER_PATTERN.test(value)) {
    throw new LoaderError(
      'INVALID_IDENTIFIER',
      `${what} ${JSON.stringify(value)} is not UPPER_SNAKE (${IDENTIFIER_PATTERN}); fix the record that carries it`,
    );
  }
  return value;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Relationship types the graph model uses itself; a predicate may not take one of these names. */
export const RESERVED_TYPES = new Set(['MENTIONED_IN']);
