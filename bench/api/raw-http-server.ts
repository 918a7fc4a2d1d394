import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The bench's HTTP floor: a bare node:http server that runs the Cypher it is sent (`{cypher, params}`) as one
 * auto-commit read, exactly as the raw side does in-process, and answers the rows as JSON. Between it and the
 * raw side lies only HTTP (and JSON both ways); between it and our server, only GraphQL. Loopback, bench only.
 */
export async function startRawHttpServer(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const { cypher, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { cypher: string; params: Record<string, unknown> };
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        const asCypher = Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]),
        );
        const result = await session.run(cypher, asCypher, { timeout: 10_000 });
        const text = JSON.stringify({ rows: result.records.map((r) => r.toObject()) });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      } finally {
        await session.close();
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
