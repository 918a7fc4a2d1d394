import { createSerialQueue } from './serial';

const tick = () => new Promise((done) => setTimeout(done, 1));

describe('createSerialQueue', () => {
  it('runs one piece of work at a time, in arrival order, and a failure does not stop the next', async () => {
    const serially = createSerialQueue();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const jobs = Array.from({ length: 20 }, (_, i) =>
      serially(async () => {
        running += 1;
        most = Math.max(most, running);
        await tick();
        order.push(i);
        running -= 1;
        if (i % 5 === 0) throw new Error(`job ${i} failed`);
        return i;
      }),
    );
    const results = await Promise.allSettled(jobs);
    expect(most).toBe(1);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(results[1]).toEqual({ status: 'fulfilled', value: 1 });
  });
});
