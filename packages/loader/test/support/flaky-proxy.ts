import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the test Neo4j that can "restart" it: cut every connection and refuse new ones
 * for a while. The loader sees what a Neo4j restart looks like on the wire, and the Neo4j that other test
 * files share keeps running.
 */
export async function startFlakyProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((done) => {
      server = createServer((client) => {
        const upstream = createConnection(target);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        done();
      });
    });
  const down = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      server!.close(() => done());
    });
  await listen();
  return {
    get uri() {
      return `bolt://127.0.0.1:${port}`;
    },
    /** Cuts every connection and refuses new ones until `up()`. */
    down,
    up: listen,
    /** Goes down for `ms`, then comes back. */
    async restart(ms: number) {
      await down();
      await new Promise((r) => setTimeout(r, ms));
      await listen();
    },
    close: down,
  };
}
