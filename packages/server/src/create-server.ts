import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { createLoader } from '@newsgraph/loader';
import { createFastLane } from './fast-lane';
import { nullMeansDefault } from './null-defaults';
import { createPreparedQueries, type PreparedQueryOptions } from './prepared-queries';
import { createSerialQueue } from './serial';
import { createContext, type Context, type ServerDeps } from './context';
import { EXAMPLE_QUERIES } from './examples';
import { createClientErrorHandler, createHttpHandler, httpServerOptions, withRedaction, type HttpTimeouts } from './http-handler';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { useArmor, type ArmorOptions } from './plugins/use-armor';
import { databaseHealth, DEFAULT_WATCH_EVERY, useDatabaseGate } from './plugins/use-database-gate';
import { useErrorCodes } from './plugins/use-error-codes';
import { DEFAULT_MAX_VARIABLE_DEPTH, DEFAULT_MAX_VARIABLE_VALUES, useRequestGuard } from './plugins/use-request-guard';
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
  /** Every request, reads included, needs the API key. */
  requireKeyForReads?: boolean;
  /** Serve GraphiQL (with the example tabs) on GET /graphql. */
  graphiql?: boolean;
  /** Answer introspection queries (GraphiQL needs them). */
  introspection?: boolean;
  /** Read transaction timeout, ms: the database stops a runaway query, which the client sees as LIMIT_EXCEEDED. */
  readTimeout?: number;
  /** Allowed CORS origins; false turns CORS off. */
  cors?: string[] | false;
  /** Largest request body in bytes. */
  maxBodyBytes?: number;
  /** Longest query document in characters. */
  maxQueryLength?: number;
  /** Most values (nested ones included) in a request's variables, and their deepest nesting. */
  maxVariableValues?: number;
  maxVariableDepth?: number;
  /** How long the HTTP server waits for a request's headers and body, and keeps an idle connection. */
  timeouts?: HttpTimeouts;
  /** Caps on lists and traversals (merged over DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** graphql-armor's depth, alias, cost and token limits. */
  armor?: ArmorOptions;
  logger?: Logger;
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
  /** Serve the graph browser's build output (packages/browser/dist) at /browser. */
  browserDir?: string;
  /**
   * Read queries sent again and again are compiled and answered by a fast lane (fast-lane.ts); false sends every
   * request through the full pipeline.
   */
  preparedQueries?: PreparedQueryOptions | false;
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
  requireKeyForReads = false,
  graphiql = true,
  introspection = true,
  readTimeout = 10_000,
  cors = false,
  maxBodyBytes = 2 * 1024 * 1024,
  maxQueryLength = 20_000,
  maxVariableValues,
  maxVariableDepth,
  timeouts,
  limits = {},
  armor = {},
  logger = pino({ level: 'info' }),
  onQuery,
  browserDir,
  preparedQueries = {},
}: ServerOptions) {
  // Whatever logger the caller gives, secrets (the API key, passwords) never reach the log.
  logger = withRedaction(logger);
  const deps: ServerDeps = {
    driver,
    database,
    apiKey,
    readTimeout,
    onQuery,
    limits: { ...DEFAULT_LIMITS, ...limits },
    loader: createLoader({ driver, database }),
    writeSerially: createSerialQueue(),
  };
  const health = databaseHealth(driver, { database });
  const schema = nullMeansDefault(
    makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers: { Query, Mutation, ...types } }),
  );
  const contextFor = (authorization: string | null | undefined) => createContext(deps, authorization);
  const lane =
    preparedQueries === false
      ? null
      : createFastLane({
          prepared: createPreparedQueries(schema, preparedQueries),
          health,
          watchEvery: DEFAULT_WATCH_EVERY,
          contextFor,
          apiKey,
          requireKeyForReads,
          maxVariableValues: maxVariableValues ?? DEFAULT_MAX_VARIABLE_VALUES,
          maxVariableDepth: maxVariableDepth ?? DEFAULT_MAX_VARIABLE_DEPTH,
          cors: cors !== false,
          logger,
        });
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) => contextFor(request.headers.get('authorization')),
    graphiql: graphiql && {
      title: 'newsgraph',
      defaultQuery: EXAMPLE_QUERIES[0]?.query,
      defaultTabs: EXAMPLE_QUERIES.map(({ query }) => ({ query })),
    },
    // GraphiQL's page inlines its own scripts and styles, so the playground works without reaching a CDN.
    renderGraphiQL,
    cors: cors === false ? false : { origin: cors },
    maskedErrors: {
      // Coded errors are for the client; anything else is a bug or an outage: logged whole, shown masked.
      maskError(error, message) {
        const unexpected = error instanceof GraphQLError ? !!error.originalError && !(error.originalError instanceof GraphQLError) : true;
        if (unexpected) logger.error({ err: error instanceof GraphQLError ? error.originalError : error }, 'unexpected error');
        else if (error instanceof GraphQLError && error.originalError && 'cause' in error.originalError) {
          logger.warn({ code: error.extensions.code, err: error.originalError.cause }, error.message);
        }
        return maskError(error, message);
      },
    },
    logging: false,
    plugins: [
      // First, so that a result the fast lane handed over replaces the execution before the others wrap it.
      ...(lane ? [lane.plugin] : []),
      useRequestGuard({ apiKey, requireKeyForReads, maxQueryLength, introspection, maxVariableValues, maxVariableDepth }),
      useArmor(armor),
      useErrorCodes(),
      useDatabaseGate(health),
      // A real query against the database, not just a Bolt handshake: a server whose database is down is not ready.
      useReadinessCheck({ check: () => health.probe() }),
    ],
  });

  const http: Server = createHttpServer(
    httpServerOptions(timeouts),
    createHttpHandler((req, res) => yoga.handle(req, res), { maxBodyBytes, logger, browserDir, lane: lane?.take }),
  );
  http.on('clientError', createClientErrorHandler(logger));

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
