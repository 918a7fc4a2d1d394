/**
 * Child process of run.ts: our server and the @neo4j/graphql peer, each over its own driver (created once),
 * so that the load generator's event loop never shares a thread with the servers it measures.
 * Prints one JSON line {ours, peer} once both listen; exits when its stdin closes.
 */
import pino from 'pino';
import { createServer } from '@newsgraph/server';
import { benchDriver } from './bench-db';
import { startPeerServer } from './peer-server';

// tsx turns on source-mapped stack traces, which a production server does not run with; neo4j-driver reads a
// stack for every query result, so they would tax each query on both sides of the comparison.
process.setSourceMapsEnabled(false);

async function main() {
  const ours = await benchDriver();
  const peerDb = await benchDriver();
  const server = await createServer({
    driver: ours.driver,
    logger: pino({ level: 'silent' }),
    graphiql: false,
    preparedQueries: process.env.BENCH_FAST_LANE === 'off' ? false : {},
  }).listen(0);
  const peer = await startPeerServer(peerDb.driver);
  process.stdout.write(`${JSON.stringify({ ours: server.url, peer: peer.url })}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await Promise.all([server.close(), peer.close()]);
    await Promise.all([ours.driver.close(), peerDb.driver.close()]);
    process.exit(0);
  });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
