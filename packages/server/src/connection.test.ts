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

describe('cursors of keys the database converts back', () => {
  const BY_TIME: Order = {
    name: 'test:TIME_DESC',
    keys: [{ expr: 'd.at', desc: true, value: 'toString(d.at)', param: (p) => `datetime(${p})` }, { expr: 'd.id' }],
  };
  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('takes the datetime texts the database writes', () => {
    for (const at of [
      '2026-11-27T21:53:04.123456789Z',
      '2026-11-27T21:53:04Z',
      '2024-02-29T00:00:00.5+01:00',
      '2026-11-27T21:53Z[Europe/Istanbul]',
    ])
      expect(toPage({ first: 2, after: cursorOf(['test:TIME_DESC', at, 'd']) }, DEFAULT_LIMITS, BY_TIME).after).toEqual([at, 'd']);
  });

  it('refuses forged values the database could not convert (they failed as masked errors)', () => {
    for (const at of [5, 3.8e86, 'x', '', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-11-27T24:00:00Z', '2026-11-27'])
      expect([at, codeOf(() => toPage({ first: 2, after: cursorOf(['test:TIME_DESC', at, 'd']) }, DEFAULT_LIMITS, BY_TIME))]).toEqual([
        at,
        'BAD_USER_INPUT',
      ]);
  });
});

describe('afterCondition', () => {
  it('leads with a range on the first key, which an index can seek', () => {
    expect(afterCondition(BY_COUNT, false)).toBe('true');
    expect(afterCondition(BY_COUNT, true)).toBe('e.n <= $after0 AND (e.n < $after0 OR e.id > $after1)');
    expect(afterCondition(BY_ID, true)).toBe('e.id > $after0');
  });
});
