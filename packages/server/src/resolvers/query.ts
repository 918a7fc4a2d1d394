import type { Context } from '../context';
import { apiError, checkRange } from '../errors';
import * as q from '../queries';
import type { Row } from '../read';

type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';
const MAX_PAGE = 500;
const MAX_NEIGHBORHOOD = 2000;

const rows = (result: Row[]) => result.map((r) => r.row as Row);

/** Adds the entities an edge list names to the request's entity loader, one query for all of them. */
async function nodesOf(ctx: Context, ids: Iterable<string>) {
  const found = await ctx.entities.loadMany([...new Set(ids)]);
  return found.filter((e): e is Row => e !== null && !(e instanceof Error));
}

function relationFilter(args: { predicates?: string[] | null; minConfidence?: number | null; includeNegated?: boolean | null }) {
  return { predicates: args.predicates ?? null, minConfidence: args.minConfidence ?? 0, includeNegated: args.includeNegated ?? true };
}

export const Query = {
  entity: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.entities.load(id),

  search: async (_: unknown, args: { query: string; types?: string[] | null; first: number }, ctx: Context) => {
    const first = checkRange('first', args.first, 1, 100);
    const text = args.query.trim();
    if (!text) throw apiError('BAD_USER_INPUT', 'query must not be empty');
    // Lucene syntax from users is escaped; each term is matched exactly or fuzzily, so 'Erdogan' and 'Erdogn' both hit.
    const terms = text.split(/\s+/).map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'));
    const lucene = terms.map((t) => `(${t} OR ${t}~)`).join(' AND ');
    return rows(await ctx.read(q.SEARCH, { query: lucene, types: args.types ?? null, first }));
  },

  relation: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.relations.load(id),

  relations: async (_: unknown, args: Record<string, unknown>, ctx: Context) => {
    const first = checkRange('first', args.first as number, 1, MAX_PAGE);
    const params = { subject: args.subject ?? null, object: args.object ?? null, predicate: args.predicate ?? null, first, ...relationFilter(args) };
    return rows(await ctx.read(q.RELATIONS_MATCHING, params));
  },

  neighborhood: async (_: unknown, args: { id: string; depth: number; direction: Direction; limit: number; predicates?: string[]; minConfidence?: number }, ctx: Context) => {
    const depth = checkRange('depth', args.depth, 1, 3);
    const limit = checkRange('limit', args.limit, 1, MAX_NEIGHBORHOOD);
    const center = await ctx.entities.load(args.id);
    if (!center) throw apiError('NOT_FOUND', `no entity with id ${JSON.stringify(args.id)}`);
    const [result] = await ctx.read(q.neighborhood(depth, args.direction), { id: args.id, cap: limit + 1, ...relationFilter(args) });
    const all = (result?.edges as Row[]) ?? [];
    const edges = all.slice(0, limit);
    const nodes = await nodesOf(ctx, [args.id, ...edges.flatMap((e) => [e.subject as string, e.object as string])]);
    return { nodes, edges, truncated: all.length > limit };
  },

  paths: async (_: unknown, args: { from: string; to: string; maxLength: number; mode: 'SHORTEST' | 'ALL_SHORTEST'; limit: number; predicates?: string[] }, ctx: Context) => {
    const maxLength = checkRange('maxLength', args.maxLength, 1, 6);
    const limit = checkRange('limit', args.limit, 1, 50);
    const ends = await ctx.entities.loadMany([args.from, args.to]);
    ends.forEach((e, i) => {
      if (!e) throw apiError('NOT_FOUND', `no entity with id ${JSON.stringify(i === 0 ? args.from : args.to)}`);
    });
    const found = await ctx.read(q.paths(maxLength, args.mode, limit), { from: args.from, to: args.to, limit, ...relationFilter(args) });
    const nodes = new Map((await nodesOf(ctx, found.flatMap((p) => p.nodes as string[]))).map((n) => [n.id, n]));
    return found.map((p) => ({
      length: (p.edges as Row[]).length,
      nodes: (p.nodes as string[]).map((id) => nodes.get(id)),
      edges: p.edges,
    }));
  },

  document: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.documents.load(id),

  documents: async (_: unknown, args: { first: number }, ctx: Context) =>
    rows(await ctx.read(q.DOCUMENTS, { first: checkRange('first', args.first, 1, MAX_PAGE) })),

  stats: async (_: unknown, __: unknown, ctx: Context) => {
    const [s] = await ctx.read(q.STATS);
    return { ...s, entitiesByType: s?.byType, relationsByPredicate: s?.byPredicate };
  },
};
