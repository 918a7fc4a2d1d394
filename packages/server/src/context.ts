import { createHash, timingSafeEqual } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Loader } from '@newsgraph/loader';
import { createBatcher, type Batch } from './batch';
import type { Limits } from './limits';
import { read, type ReadOptions, type Row } from './read';
import { DOCUMENTS_BY_ID, ENTITIES_BY_ID, RELATIONS_BY_ID } from './queries/lookups';

export interface ServerDeps {
  driver: Driver;
  database: string;
  loader: Loader;
  /** Runs the server's writes (the mutations' loads and retractions) one at a time: see serial.ts. */
  writeSerially: <T>(work: () => Promise<T>) => Promise<T>;
  /** When set, mutations need `Authorization: Bearer <apiKey>`. When unset, mutations are refused. */
  apiKey?: string;
  readTimeout: number;
  limits: Limits;
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
}

export interface Context {
  deps: ServerDeps;
  read: (cypher: string, params?: Row) => Promise<Row[]>;
  entities: DataLoader<string, Row | null>;
  documents: DataLoader<string, Row | null>;
  relations: DataLoader<string, Row | null>;
  /** Batches nested list fields (an entity's relations, a fact's evidence) across all parents of a level. */
  batch: Batch;
  authorized: boolean;
}

/** Batches lookups by id into one query per request level, so nested queries never cost a query per row. */
function byIdLoader(run: Context['read'], cypher: string) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = (await run(cypher, { ids: [...ids] })).map((r) => r.row as Row);
    const found = new Map(rows.map((r) => [r.id as string, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The caller holds the key when it sends `Authorization: Bearer <apiKey>` (the header's value, or null when it
 * sent none); compared in constant time.
 */
export function isAuthorized(apiKey: string | undefined, authorization: string | null | undefined): boolean {
  if (apiKey === undefined) return false;
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${apiKey}`));
}

/**
 * One context per request: its own DataLoaders (no cache shared across requests) and the caller's rights, from
 * the request's Authorization header.
 */
export function createContext(deps: ServerDeps, authorization: string | null | undefined): Context {
  const options: ReadOptions = { driver: deps.driver, database: deps.database, timeout: deps.readTimeout, onQuery: deps.onQuery };
  const run = (cypher: string, params?: Row) => read(options, cypher, params);
  return {
    deps,
    read: run,
    entities: byIdLoader(run, ENTITIES_BY_ID),
    documents: byIdLoader(run, DOCUMENTS_BY_ID),
    relations: byIdLoader(run, RELATIONS_BY_ID),
    batch: createBatcher(run),
    authorized: isAuthorized(deps.apiKey, authorization),
  };
}
