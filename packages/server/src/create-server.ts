import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { createLoader } from '@newsgraph/loader';
import { createContext, type Context, type ServerDeps } from './context';
import { EXAMPLE_QUERIES } from './examples';
import { Query } from './resolvers/query';
import { Mutation } from './resolvers/mutation';
import * as types from './resolvers/types';

/** `schema.graphql` at the repository root is the API's contract; src/ and dist/ sit at the same depth below it. */
export const SCHEMA_PATH = resolve(__dirname, '../../../schema.graphql');

export interface ServerOptions {
  driver: Driver;
  database?: string;
  /** Mutations need `Authorization: Bearer <apiKey>`; without a key they are refused. */
  apiKey?: string;
  graphiql?: boolean;
  /** Read transaction timeout, ms. */
  readTimeout?: number;
  /** Allowed CORS origins; false turns CORS off. */
  cors?: string[] | false;
  logger?: Logger;
  onQuery?: (cypher: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the GraphQL server (graphql-yoga) over an open driver. `listen(0)` picks a free port. */
export function createServer({
  driver,
  database = 'neo4j',
  apiKey,
  graphiql = true,
  readTimeout = 10_000,
  cors = false,
  logger = pino({ level: 'info' }),
  onQuery,
}: ServerOptions) {
  const deps: ServerDeps = { driver, database, apiKey, readTimeout, onQuery, loader: createLoader({ driver, database }) };
  const schema = makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers: { Query, Mutation, ...types } });
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) => createContext(deps, request),
    graphiql: graphiql && {
      title: 'newsgraph',
      defaultQuery: EXAMPLE_QUERIES[0]?.query,
      defaultTabs: EXAMPLE_QUERIES.map(({ query }) => ({ query })),
    },
    cors: cors === false ? false : { origin: cors },
    maskedErrors: {
      // Coded errors are for the client; anything else is a bug or an outage: logged whole, shown masked.
      maskError(error, message) {
        const unexpected = error instanceof GraphQLError ? !!error.originalError && !(error.originalError instanceof GraphQLError) : true;
        if (unexpected) logger.error({ err: error instanceof GraphQLError ? error.originalError : error }, 'unexpected error');
        return maskError(error, message);
      },
    },
    logging: false,
    plugins: [
      EnvelopArmorPlugin({ maxDepth: { n: 10 }, maxAliases: { n: 15 }, costLimit: { maxCost: 50000 }, maxTokens: { n: 2000 } }),
      useReadinessCheck({ check: async () => (await driver.getServerInfo().then(() => true, () => false)) }),
    ],
  });

  const http: Server = createHttpServer((req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    void yoga.handle(req, res);
  });

  return {
    yoga,
    /** Starts listening on 127.0.0.1 unless `host` says otherwise; fails with EADDRINUSE if the port is taken. */
    listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      return new Promise((resolveListen, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          const actual = (http.address() as AddressInfo).port;
          resolveListen({
            url: `http://${host}:${actual}/graphql`,
            port: actual,
            close: () =>
              new Promise((done) => {
                http.close(() => done());
                http.closeAllConnections();
              }),
          });
        });
      });
    },
  };
}
