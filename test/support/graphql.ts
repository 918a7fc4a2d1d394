import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createServer, type RunningServer, type ServerOptions } from '@newsgraph/server';

export interface TestServer {
  running: RunningServer;
  /** Every Cypher query the server ran, in order: lets tests bound round trips. */
  queries: string[];
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse>;
  /** Posts a raw body (malformed JSON, oversized payloads) and returns the status and the parsed answer. */
  post(body: string, headers?: Record<string, string>): Promise<GqlResponse>;
}

export interface GqlResponse {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Starts the real server on port 0 over a real driver and talks to it over real HTTP. */
export async function startTestServer(driver: Driver, options: Omit<ServerOptions, 'driver'> = {}): Promise<TestServer> {
  const queries: string[] = [];
  const server = createServer({
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    onQuery: (q) => queries.push(q),
    ...options,
    driver,
  });
  const running = await server.listen(0);
  const post = async (body: string, headers: Record<string, string> = {}): Promise<GqlResponse> => {
    const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let parsed: object = {};
    try {
      parsed = JSON.parse(text) as object;
    } catch {
      parsed = { errors: [{ message: text }] };
    }
    return { status: res.status, ...parsed };
  };
  return {
    running,
    queries,
    post,
    gql: (query, variables = {}, headers = {}) => post(JSON.stringify({ query, variables }), headers),
  };
}
