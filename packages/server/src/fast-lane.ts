import type { IncomingMessage } from 'node:http';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isAuthorized, type Context } from './context';
import { locateError } from './locate-errors';
import { runWhileUp, type DatabaseHealth } from './plugins/use-database-gate';
import { variablesProblem } from './plugins/use-request-guard';
import type { PreparedQueries } from './prepared-queries';

export interface FastLaneOptions {
  prepared: PreparedQueries;
  health: DatabaseHealth;
  watchEvery: number;
  /** A request's context, from its Authorization header. */
  contextFor: (authorization: string | undefined) => Context;
  apiKey?: string;
  requireKeyForReads: boolean;
  maxVariableValues: number;
  maxVariableDepth: number;
  /** With CORS on, requests that carry an Origin go the full way (yoga adds the CORS headers). */
  cors: boolean;
  logger: Logger;
}

/** A request's answer (always HTTP 200), or null: the request then takes the full pipeline. */
export type Lane = (req: IncomingMessage, body: Buffer) => Promise<LaneAnswer | null>;

export interface LaneAnswer {
  contentType: string;
  text: string;
}

export interface FastLane {
  take: Lane;
  /** The yoga plugin that feeds the lane validated queries and replays the results the lane handed over. */
  plugin: Plugin<{ req?: IncomingMessage; params?: { query?: unknown; operationName?: unknown } }>;
}

/** The media types the lane answers in, as yoga would for the same Accept header (tested side by side). */
const ANSWERED_AS: Readonly<Record<string, string>> = {
  '*/*': 'application/json',
  'application/json': 'application/json',
  'application/graphql-response+json': 'application/graphql-response+json',
};

/**
 * The media type of the answer, or null for an Accept header the lane leaves to yoga (streams, other types,
 * another charset): the first listed type decides, as in yoga.
 */
export function answeredAs(accept: string | undefined): string | null {
  let chosen: string | null = null;
  for (const entry of (accept ?? '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';');
    const as = ANSWERED_AS[type!];
    if (!as || params.some((p) => p.startsWith('charset=') && p !== 'charset=utf-8')) return null;
    chosen ??= as;
  }
  return chosen;
}

const BODY_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

interface Params {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

/** The request's parameters when they are the plain kind the lane serves, else null. */
function plainParams(body: Buffer): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const p = parsed as Record<string, unknown>;
  for (const key of Object.keys(p)) if (!BODY_KEYS.has(key)) return null;
  if (typeof p.query !== 'string' || p.extensions != null) return null;
  if (p.operationName != null && typeof p.operationName !== 'string') return null;
  const variables = p.variables ?? {};
  if (typeof variables !== 'object' || Array.isArray(variables)) return null;
  return { query: p.query, variables: variables as Record<string, unknown>, operationName: (p.operationName as string | null) ?? null };
}

/**
 * The fast lane: a read query that the full pipeline has already validated and compiled (prepared-queries.ts),
 * sent again as a plain JSON POST, is answered here without yoga's request objects, parsing, validation and plugin
 * chain: the same resolvers run over the compiled query, under the same checks (API key, variables budget,
 * database gate). Anything else, and every answer that carries an error, takes the full pipeline, so errors,
 * masking, codes and status codes stay yoga's alone: an execution's errors are handed over with the request
 * and replayed by the plugin instead of running the query again.
 */
export function createFastLane(options: FastLaneOptions): FastLane {
  const { prepared, health, watchEvery, contextFor, apiKey, requireKeyForReads, maxVariableValues, maxVariableDepth, cors, logger } =
    options;
  const handedOver = new WeakMap<IncomingMessage, ExecutionResult>();

  async function take(req: IncomingMessage, body: Buffer): Promise<LaneAnswer | null> {
    if (cors && req.headers.origin !== undefined) return null;
    const type = answeredAs(req.headers.accept);
    if (!type) return null;
    const params = plainParams(body);
    if (!params) return null;
    const entry = prepared.lookup(params.query, params.operationName);
    if (!entry) return null;
    const authorization = req.headers.authorization;
    if (requireKeyForReads && !isAuthorized(apiKey, authorization)) return null;
    if (variablesProblem(params.variables, maxVariableValues, maxVariableDepth)) return null;
    // Known down: the full pipeline probes and answers DATABASE_UNAVAILABLE.
    if (!health.lastKnown()) return null;
    let result: ExecutionResult;
    try {
      result = await runWhileUp(health, () => entry.compiled.query(undefined, contextFor(authorization), params.variables), watchEvery);
    } catch (err) {
      logger.warn({ err }, 'the fast lane failed; the request takes the full pipeline');
      return null;
    }
    // No data at all: the variables did not fit the query, found before any resolver ran. yoga says why.
    if (!('data' in result)) return null;
    if (result.errors?.length) {
      // In graphql-js's shape: located errors, listed before the data.
      const errors = result.errors.map((e) => locateError(e as GraphQLError, entry.document, entry.operation));
      handedOver.set(req, { errors, data: result.data });
      return null;
    }
    return { contentType: `${type}; charset=utf-8`, text: JSON.stringify(result) };
  }

  return {
    take,
    plugin: {
      onExecute({ args, setExecuteFn }) {
        const { req, params } = args.contextValue;
        const replay = req && handedOver.get(req);
        if (replay) {
          handedOver.delete(req);
          setExecuteFn(() => replay);
          return;
        }
        const operationName = typeof params?.operationName === 'string' ? params.operationName : null;
        if (typeof params?.query === 'string') prepared.validated(params.query, operationName, args.document);
      },
    },
  };
}
