import { Neo4jError } from 'neo4j-driver';
import { waitForDatabase } from './wait-for-database';

const unavailable = () => new Neo4jError('connection refused', 'ServiceUnavailable', '', '');

describe('waitForDatabase', () => {
  it('retries while Neo4j is unreachable, with growing pauses, and returns the result', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await waitForDatabase(async () => (++calls < 4 ? Promise.reject(unavailable()) : 'done'), {
      timeout: 60_000,
      sleep: async (ms) => void delays.push(ms),
    });
    expect(result).toBe('done');
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('gives up with DATABASE_UNAVAILABLE once the timeout has passed', async () => {
    await expect(waitForDatabase(() => Promise.reject(unavailable()), { timeout: 30, initialDelay: 10 })).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('does not retry errors that waiting cannot fix', async () => {
    let calls = 0;
    const refused = new Neo4jError('constraint', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', '');
    await expect(waitForDatabase(() => (calls++, Promise.reject(refused)), { timeout: 1000 })).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
