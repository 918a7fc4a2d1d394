import { DEFAULT_LIMITS } from './limits';
import { toConnection, toPage } from './connection';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('toPage and toConnection', () => {
  it('pages with cursors that continue where the last page ended', async () => {
    const first = toConnection(['a', 'b', 'c'], toPage({ first: 2 }, DEFAULT_LIMITS), async () => 5);
    expect(first.nodes).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(toPage({ first: 2, after: first.pageInfo.endCursor }, DEFAULT_LIMITS)).toEqual({ first: 2, offset: 2 });
    expect(await first.totalCount()).toBe(5);
  });

  it('refuses foreign cursors and pages beyond the caps with coded errors', () => {
    expect(codeOf(() => toPage({ first: 2, after: 'bm9wZQ' }, DEFAULT_LIMITS))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPage({ first: 1e9 }, DEFAULT_LIMITS))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => toPage({ first: -1 }, DEFAULT_LIMITS))).toBe('BAD_USER_INPUT');
  });
});
