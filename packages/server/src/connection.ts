import { apiError, checkRange } from './errors';
import type { Limits } from './limits';
import type { Order } from './queries/order';
import type { Row } from './read';

/** One page: how many rows to return, and the sort key of the row it starts after (null on the first page). */
export interface Page {
  first: number;
  after: readonly (string | number)[] | null;
}

/** A row of a page query with its sort key (the `key` column, `keyOf()` in queries/order.ts). */
export interface Keyed<T = Row> {
  row: T;
  key: readonly unknown[];
}

/** The rows of a top-level page query (columns `row` and `key`) as keyed items. */
export const keyed = (result: readonly Row[]): Keyed[] => result.map((r) => ({ row: r.row as Row, key: r.key as unknown[] }));

// A cursor is base64url(JSON [orderName, ...sortValues, id]): opaque to clients, a position by key, not by count.
const encodeCursor = (order: Order, key: readonly unknown[]) => Buffer.from(JSON.stringify([order.name, ...key])).toString('base64url');

// A key the database converts back from the cursor (`param` in queries/order.ts: a datetime travels as its text)
// must hold text it can convert; anything else, from a forged cursor, made the database fail (a masked error).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?(\[[A-Za-z0-9_/+-]+\])?$/;

function isDateTimeText(v: unknown): boolean {
  const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function decodeCursor(cursor: string, order: Order): (string | number)[] {
  const refuse = (why: string) =>
    apiError(
      'BAD_USER_INPUT',
      `after: ${JSON.stringify(cursor.slice(0, 40))} is not a cursor this API gave out for ${order.name} (${why})`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('unreadable');
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') throw refuse('unreadable');
  if (parsed[0] !== order.name) throw refuse(`it belongs to ${JSON.stringify(parsed[0].slice(0, 60))}`);
  const key = parsed.slice(1) as unknown[];
  const valid = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (key.length !== order.keys.length || !key.every(valid)) throw refuse('unreadable');
  if (order.keys.some((k, i) => k.param && !isDateTimeText(key[i]))) throw refuse('unreadable');
  return key as (string | number)[];
}

/** Checks `first` and `after` against the limits and the order, and turns them into a page. */
export function toPage(args: { first?: number | null; after?: string | null }, limits: Limits, order: Order, defaultFirst = 20): Page {
  const first = checkRange('first', args.first ?? defaultFirst, 0, limits.page);
  return { first, after: args.after ? decodeCursor(args.after, order) : null };
}

/** The parameters of `afterCondition()` (queries/order.ts) for a page, and the row limit (one more, to learn hasNextPage). */
export const pageParams = ({ first, after }: Page): Row => ({
  limit: first + 1,
  ...Object.fromEntries((after ?? []).map((v, i) => [`after${i}`, v])),
});

/**
 * A Relay connection over `items` (fetched with LIMIT first + 1), each edge's cursor built from its row's
 * sort key. `totalCount` is a thunk: GraphQL's default resolver calls it only when the field is selected, so
 * the count query runs only when someone asks.
 */
export function toConnection<T>(items: readonly Keyed<T>[], order: Order, { first, after }: Page, totalCount: () => Promise<number>) {
  const page = items.slice(0, first);
  // Cursors are getters: encoded only when the request selects them (most ask for nodes only).
  const cursorOf = (item: Keyed<T> | undefined) => (item ? encodeCursor(order, item.key) : null);
  return {
    get edges() {
      return page.map((item) => ({
        node: item.row,
        get cursor() {
          return cursorOf(item);
        },
      }));
    },
    get nodes() {
      return page.map(({ row }) => row);
    },
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: after !== null,
      get startCursor() {
        return cursorOf(page[0]);
      },
      get endCursor() {
        return cursorOf(page.at(-1));
      },
    },
    totalCount,
  };
}
