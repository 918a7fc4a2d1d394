import { DEFAULT_LIMITS } from './limits';
import { keyed, pageParams, toConnection, toPage } from './connection';
import { afterCondition, type Order } from './queries/order';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

const BY_COUNT: Order = { name: 'test:COUNT_DESC', keys: [{ expr: 'e.n', desc: true }, { expr: 'e.id' }] };
const BY_ID: Order = { name: 'test:ID_ASC', keys: [{ expr: 'e.id' }] };

describe('toPage and toConnection', () => {
  it('pages with cursors that name the last row by its sort key', async () => {
    const items = keyed([
      { row: 'a', key: [3, 'a'] },
      { row: 'b', key: [2, 'b'] },
      { row: 'c', key: [2, 'c'] },
    ]);
    const first = toConnection(items, BY_COUNT, toPage({ first: 2 }, DEFAULT_LIMITS, BY_COUNT), async () => 5);
    expect(first.nodes).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = toPage({ first: 2, after: first.pageInfo.endCursor }, DEFAULT_LIMITS, BY_COUNT);
    expect(next).toEqual({ first: 2, after: [2, 'b'] });
    expect(pageParams(next)).toEqual({ limit: 3, after0: 2, after1: 'b' });
    expect(toConnection([], BY_COUNT, next, async () => 0).pageInfo.hasPreviousPage).toBe(true);
    expect(await first.totalCount()).toBe(5);
  });

  it('refuses foreign cursors, cursors of another order and pages beyond the caps with coded errors', () => {
    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(codeOf(() => toPage({ first: 2, after: 'bm9wZQ' }, DEFAULT_LIMITS, BY_ID))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPage({ first: 2, after: cursorOf(['test:COUNT_DESC', 2, 'b']) }, DEFAULT_LIMITS, BY_ID))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPage({ first: 2, after: cursorOf(['test:ID_ASC', { x: 1 }]) }, DEFAULT_LIMITS, BY_ID))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPage({ first: 2, after: cursorOf(['test:ID_ASC', 'a', 'b']) }, DEFAULT_LIMITS, BY_ID))).toBe('BAD_USER_INPUT');
    expect(toPage({ first: 2, after: cursorOf(['test:ID_ASC', 'a']) }, DEFAULT_LIMITS, BY_ID).after).toEqual(['a']);
    expect(codeOf(() => toPage({ first: 1e9 }, DEFAULT_LIMITS, BY_ID))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => toPage({ first: -1 }, DEFAULT_LIMITS, BY_ID))).toBe('BAD_USER_INPUT');
  });
});

describe('afterCondition', () => {
  it('leads with a range on the first key, which an index can seek', () => {
    expect(afterCondition(BY_COUNT, false)).toBe('true');
    expect(afterCondition(BY_COUNT, true)).toBe('e.n <= $after0 AND (e.n < $after0 OR e.id > $after1)');
    expect(afterCondition(BY_ID, true)).toBe('e.id > $after0');
  });
});
