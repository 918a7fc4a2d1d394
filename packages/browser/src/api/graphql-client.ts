import { ENTITY_SUMMARY, NEIGHBORHOOD, PATHS, PREDICATES, RELATION_DETAIL, SEARCH, SUBGRAPH_OF } from './queries';
import type { Entity, Path, RelationDetail, SearchHit, Subgraph } from './types';

/** An error the API returned, with its `extensions.code` (NOT_FOUND, LIMIT_EXCEEDED, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface NeighborhoodArgs {
  id: string;
  depth?: number;
  predicates?: string[] | null;
  limit?: number;
}

/** A typed client over the few queries the browser needs. `endpoint` defaults to the server's /graphql. */
export function createGraphQLClient({ endpoint = '/graphql', fetchImpl = fetch }: { endpoint?: string; fetchImpl?: typeof fetch } = {}) {
  async function request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const res = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    let body: GraphQLResponse<T>;
    try {
      body = (await res.json()) as GraphQLResponse<T>;
    } catch {
      throw new ApiError(`expected a JSON answer from ${endpoint}, got HTTP ${res.status}`, 'BAD_RESPONSE');
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (!body.data) throw new ApiError(`no data in the answer (HTTP ${res.status})`, 'BAD_RESPONSE');
    return body.data;
  }

  return {
    search: (query: string, signal?: AbortSignal) =>
      request<{ search: SearchHit[] }>(SEARCH, { query, first: 8 }, signal).then((d) => d.search),
    neighborhood: ({ id, depth = 1, predicates = null, limit = 500 }: NeighborhoodArgs) =>
      request<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { id, depth, predicates, limit }).then((d) => d.neighborhood),
    subgraph: (ids: string[]) => request<{ subgraph: Subgraph }>(SUBGRAPH_OF, { ids }).then((d) => d.subgraph),
    paths: (from: string, to: string, maxLength = 6) => request<{ paths: Path[] }>(PATHS, { from, to, maxLength }).then((d) => d.paths),
    relation: (id: string) => request<{ relation: RelationDetail | null }>(RELATION_DETAIL, { id }).then((d) => d.relation),
    predicates: () =>
      request<{ stats: { relationsByPredicate: { key: string; count: number }[] } }>(PREDICATES, {}).then(
        (d) => d.stats.relationsByPredicate,
      ),
    entity: (id: string) => request<{ entity: (Entity & { aliases: string[] }) | null }>(ENTITY_SUMMARY, { id }).then((d) => d.entity),
  };
}

export type GraphQLClient = ReturnType<typeof createGraphQLClient>;
