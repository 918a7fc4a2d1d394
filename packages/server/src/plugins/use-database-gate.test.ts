import type { Driver } from 'neo4j-driver';
import { databaseHealth } from './use-database-gate';

/** A driver whose sessions answer `RETURN 1` as `answer` says: resolve, reject, or never. */
function fakeDriver(answer: () => 'ok' | 'refused' | 'hang'): Driver {
  const session = () => ({
    run: () => {
      const a = answer();
      return a === 'ok' ? Promise.resolve({}) : a === 'refused' ? Promise.reject(new Error('ECONNREFUSED')) : new Promise(() => undefined);
    },
    close: () => Promise.resolve(),
  });
  return { session } as unknown as Driver;
}

describe('databaseHealth', () => {
  it('reports down when the database refuses, and up again at the next probe once it answers', async () => {
    let state: 'ok' | 'refused' = 'refused';
    const health = databaseHealth(fakeDriver(() => state));
    expect(await health.probe()).toBe(false);
    expect(health.lastKnown()).toBe(false);
    state = 'ok';
    expect(await health.probe()).toBe(true);
  });

  it('keeps the last state when a probe only times out (a busy database is not a missing one)', async () => {
    let state: 'ok' | 'hang' = 'ok';
    const health = databaseHealth(
      fakeDriver(() => state),
      { probeTimeout: 20 },
    );
    expect(await health.probe()).toBe(true);
    state = 'hang';
    expect(await health.probe()).toBe(true);
  });

  it('shares one probe among concurrent callers', async () => {
    let calls = 0;
    const health = databaseHealth(
      fakeDriver(() => {
        calls += 1;
        return 'ok';
      }),
    );
    await Promise.all([health.probe(), health.probe(), health.probe()]);
    expect(calls).toBe(1);
  });

  it('whenDown resolves once a probe finds the database gone, and never after abort', async () => {
    let state: 'ok' | 'refused' = 'ok';
    const health = databaseHealth(
      fakeDriver(() => state),
      { maxAge: 0 },
    );
    const stop = new AbortController();
    let down = false;
    const watching = health.whenDown(stop.signal, 10).then(() => (down = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(down).toBe(false);
    state = 'refused';
    await watching;
    expect(down).toBe(true);
    const aborted = new AbortController();
    let after = false;
    void health.whenDown(aborted.signal, 10).then(() => (after = true));
    aborted.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(after).toBe(false);
  });

  it('keeps one abort listener at a time however long it watches', async () => {
    const health = databaseHealth(
      fakeDriver(() => 'ok'),
      { maxAge: 0 },
    );
    const stop = new AbortController();
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const add = stop.signal.addEventListener.bind(stop.signal);
    const remove = stop.signal.removeEventListener.bind(stop.signal);
    stop.signal.addEventListener = ((type: string, fn: () => void, o?: AddEventListenerOptions) => (
      added.push(fn),
      add(type, fn, o)
    )) as never;
    stop.signal.removeEventListener = ((type: string, fn: () => void) => (removed.push(fn), remove(type, fn))) as never;
    void health.whenDown(stop.signal, 5);
    await new Promise((r) => setTimeout(r, 100));
    expect(added.length).toBeGreaterThan(5);
    expect(added.length - removed.length).toBeLessThanOrEqual(1);
    stop.abort();
  });
});
