import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createServer, type RunningServer } from '@newsgraph/server';

export interface TestServer {
  running: RunningServer;
  /** Every Cypher query the server ran, in order: lets tests bound round trips. */
  queries: string[];
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse>;
}

export interface GqlResponse {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Starts the real server on port 0 over a real driver and talks to it over real HTTP. */
export async function startTestServer(driver: Driver, options: { apiKey?: string } = {}): Promise<TestServer> {
  const queries: string[] = [];
  const server = createServer({ driver, apiKey: options.apiKey, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), onQuery: (q) => queries.push(q) });
  const running = await server.listen(0);
  return {
    running,
    queries,
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
  };
}
