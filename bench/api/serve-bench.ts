/**
 * Child process of run.ts: our server, the @neo4j/graphql peer and raw Cypher behind plain HTTP, each over its own
 * driver (created once),
 * so that the load generator's event loop never shares a thread with the servers it measures.
 * Prints one JSON line {ours, peer, rawHttp} once all listen; exits when its stdin closes.
 */
import pino from 'pino';
import { createServer } from '@newsgraph/server';
import { benchDriver } from './bench-db';
import { startPeerServer } from './peer-server';
import { startRawHttpServer } from './raw-http-server';

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
  const rawDb = await benchDriver();
  const rawHttp = await startRawHttpServer(rawDb.driver);
  process.stdout.write(`${JSON.stringify({ ours: server.url, peer: peer.url, rawHttp: rawHttp.url })}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await Promise.all([server.close(), peer.close(), rawHttp.close()]);
    await Promise.all([ours.driver.close(), peerDb.driver.close(), rawDb.driver.close()]);
    process.exit(0);
  });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
