import { Neo4jError, type Driver } from 'neo4j-driver';
import { read } from './read';

/** A driver whose sessions answer each run with the next outcome: rows, or an error to throw. */
function fakeDriver(outcomes: (Record<string, unknown>[] | Error)[]) {
  const runs: { cypher: string; config: unknown }[] = [];
  let closed = 0;
  const driver = {
    executeQueryBookmarkManager: {},
    session: () => ({
      run: async (cypher: string, _params: unknown, config: unknown) => {
        runs.push({ cypher, config });
        const next = outcomes.shift();
        if (!next) throw new Error('no more outcomes');
        if (next instanceof Error) throw next;
        return { records: next.map((row) => ({ toObject: () => row })) };
      },
      close: async () => {
        closed += 1;
      },
    }),
  } as unknown as Driver;
  return { driver, runs, closed: () => closed };
}

const neo4jError = (code: string) => new Neo4jError(`failed: ${code}`, code, '50N42', 'error');
const codeOf = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code;
const options = (driver: Driver) => ({ driver, database: 'neo4j', timeout: 1234, retryDelays: [1, 1] });

describe('read', () => {
  it('runs one auto-commit query with the timeout and returns plain rows', async () => {
    const fake = fakeDriver([[{ n: 1 }]]);
    expect(await read(options(fake.driver), 'RETURN 1 AS n')).toEqual([{ n: 1 }]);
    expect(fake.runs).toEqual([{ cypher: 'RETURN 1 AS n', config: { timeout: 1234 } }]);
    expect(fake.closed()).toBe(1);
  });

  it('retries a transient failure briefly, then answers', async () => {
    const fake = fakeDriver([neo4jError('Neo.TransientError.General.DatabaseUnavailable'), [{ n: 2 }]]);
    expect(await read(options(fake.driver), 'RETURN 2 AS n')).toEqual([{ n: 2 }]);
    expect(fake.runs).toHaveLength(2);
    expect(fake.closed()).toBe(2);
  });

  it('gives up after the retries with DATABASE_UNAVAILABLE', async () => {
    const down = () => neo4jError('ServiceUnavailable');
    const fake = fakeDriver([down(), down(), down(), [{ n: 3 }]]);
    expect(codeOf(await read(options(fake.driver), 'RETURN 3').catch((e: unknown) => e))).toBe('DATABASE_UNAVAILABLE');
    expect(fake.runs).toHaveLength(3);
  });

  it('never retries a query the database stopped for its timeout, and says LIMIT_EXCEEDED', async () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.TransientError.Transaction.Terminated',
    ]) {
      const fake = fakeDriver([neo4jError(code), [{ n: 4 }]]);
      expect([code, codeOf(await read(options(fake.driver), 'RETURN 4').catch((e: unknown) => e))]).toEqual([code, 'LIMIT_EXCEEDED']);
      expect(fake.runs).toHaveLength(1);
    }
  });

  it("does not retry the caller's own mistakes", async () => {
    const fake = fakeDriver([neo4jError('Neo.ClientError.Statement.SyntaxError'), [{ n: 5 }]]);
    const err = await read(options(fake.driver), 'RETURN').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jError);
    expect(fake.runs).toHaveLength(1);
  });
});
