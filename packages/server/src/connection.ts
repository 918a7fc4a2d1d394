import { apiError, checkRange } from './errors';
import type { Limits } from './limits';

/** One page: how many rows to return and how many to skip. Queries fetch `first + 1` rows to learn hasNextPage. */
export interface Page {
  first: number;
  offset: number;
}

const PREFIX = 'o:';

// Cursors are opaque offsets: the orderings are total (ties broken by id), so an offset names a stable position.
const encodeCursor = (offset: number) => Buffer.from(PREFIX + offset).toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw apiError('BAD_USER_INPUT', `after: ${JSON.stringify(cursor.slice(0, 40))} is not a cursor this API gave out`);
  }
  return offset;
}

/** Checks `first` and `after` against the limits and turns them into a page. */
export function toPage(args: { first?: number | null; after?: string | null }, limits: Limits, defaultFirst = 20): Page {
  const first = checkRange('first', args.first ?? defaultFirst, 0, limits.page);
  const offset = args.after ? decodeCursor(args.after) : 0;
  if (offset + first > limits.offset)
    throw apiError('LIMIT_EXCEEDED', `pages reach at most ${limits.offset} rows deep; narrow the filter instead`);
  return { first, offset };
}

/**
 * A Relay connection over `rows` (fetched with LIMIT first + 1). `totalCount` is a thunk: GraphQL's default
 * resolver calls it only when the field is selected, so the count query runs only when someone asks.
 */
export function toConnection<T>(rows: readonly T[], { first, offset }: Page, totalCount: () => Promise<number>) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(offset + i + 1) }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
