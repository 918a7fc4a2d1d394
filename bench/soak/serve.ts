/**
 * Child process of bench/soak/run.ts: the GraphQL server alone in its own process (started with --expose-gc),
 * so that the load generator shares neither its event loop nor its heap. Sends {url} over IPC once listening;
 * answers each 'memory' message with its RSS and heap after a full GC; closes on 'close'.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createServer } from '@newsgraph/server';
import { benchDriver } from '../api/bench-db';

export interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
}

function memory(): MemorySample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench/soak/serve.ts needs node --expose-gc');
  gc();
  gc(); // a second pass collects what the first one's finalisers released
  const { rss, heapUsed } = process.memoryUsage();
  return { at: Date.now(), rss, heapUsed };
}

async function main() {
  const apiKey = process.env.SOAK_API_KEY ?? randomBytes(16).toString('hex');
  const { driver } = await benchDriver();
  const server = await createServer({
    driver,
    apiKey,
    logger: pino({ level: 'warn' }),
    graphiql: false,
    // BENCH_FAST_LANE=off: every request through the full pipeline, to compare.
    preparedQueries: process.env.BENCH_FAST_LANE === 'off' ? false : {},
  }).listen(0);
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'memory') process.send!({ type: 'memory', sample: memory() });
    if (msg.type === 'close') {
      await server.close();
      await driver.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0)); // the runner died: never outlive it
  process.send!({ type: 'listening', url: server.url });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
