import { getOperationAST, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface PreparedQueryOptions {
  /** A query is compiled once it has been validated and run this many times through the full pipeline. */
  compileAfter?: number;
  /** Most compiled queries kept; the least recently used goes first. */
  maxEntries?: number;
}

export const DEFAULT_PREPARED: Required<PreparedQueryOptions> = { compileAfter: 2, maxEntries: 500 };

/** A compiled query, with the document and operation it was compiled from. */
export interface PreparedQuery {
  compiled: CompiledQuery;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export interface PreparedQueries {
  /**
   * Tells the cache that `document` (parsed from `query`) passed validation, every rule included, and is about to
   * run as operation `operationName`: read operations seen `compileAfter` times are compiled for the fast lane.
   */
  validated(query: string, operationName: string | null | undefined, document: DocumentNode): void;
  /** The compiled form of a query the full pipeline has validated, if it is kept. */
  lookup(query: string, operationName: string | null | undefined): PreparedQuery | undefined;
  readonly size: number;
}

/**
 * Read queries that clients send again and again (an app or a notebook sends the same document with new
 * variables), compiled to JavaScript by graphql-jit once they have passed the full pipeline's validation: the
 * fast lane (fast-lane.ts) then answers the next copies without yoga's request handling, parsing or validation.
 *
 * Only documents that the pipeline validated get in, and only queries (never mutations). A document is counted
 * by identity (yoga's parse cache hands back the same object for the same text), so counting holds no memory of
 * its own; compiling waits for the `compileAfter`-th run, so a client that sends a stream of one-off queries costs
 * no compilation.
 */
export function createPreparedQueries(schema: GraphQLSchema, options: PreparedQueryOptions = {}): PreparedQueries {
  const compileAfter = options.compileAfter ?? DEFAULT_PREPARED.compileAfter;
  const maxEntries = options.maxEntries ?? DEFAULT_PREPARED.maxEntries;
  if (!(Number.isInteger(compileAfter) && compileAfter >= 1))
    throw new RangeError(`compileAfter must be a whole number ≥ 1, got ${compileAfter}`);
  if (!(Number.isInteger(maxEntries) && maxEntries >= 1)) throw new RangeError(`maxEntries must be a whole number ≥ 1, got ${maxEntries}`);
  const seen = new WeakMap<DocumentNode, number>();
  const refused = new WeakSet<DocumentNode>();
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const compiled = new Map<string, PreparedQuery>();
  const keyOf = (query: string, operationName: string | null | undefined) => `${operationName ?? ''}\u0000${query}`;

  return {
    validated(query, operationName, document) {
      if (refused.has(document)) return;
      const key = keyOf(query, operationName);
      if (compiled.has(key)) return;
      const operation = getOperationAST(document, operationName);
      if (operation?.operation !== 'query') {
        refused.add(document);
        return;
      }
      const runs = (seen.get(document) ?? 0) + 1;
      seen.set(document, runs);
      if (runs < compileAfter) return;
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) {
        refused.add(document);
        return;
      }
      compiled.set(key, { compiled: result, document, operation });
      if (compiled.size > maxEntries) compiled.delete(compiled.keys().next().value!);
    },
    lookup(query, operationName) {
      const key = keyOf(query, operationName);
      const hit = compiled.get(key);
      if (hit) {
        compiled.delete(key);
        compiled.set(key, hit);
      }
      return hit;
    },
    get size() {
      return compiled.size;
    },
  };
}
