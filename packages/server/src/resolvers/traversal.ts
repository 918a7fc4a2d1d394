import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { apiError, checkRange, notFound } from '../errors';
import type { Direction } from '../queries/fields';
import * as q from '../queries/traversal';
import type { Row } from '../read';
import { nodesOf, relationFilterParams, requireEntities, type RelationFilterArgs } from './args';
import { childSets, relationProjection, setsOf } from './selection';

/**
 * What to project of the edges of a Subgraph or Path: what its `edges` select, with ends that also serve as
 * its `nodes` (nodesOf builds them from the edges).
 */
function edgesProjection(info: GraphQLResolveInfo, edges = 'edges', nodes = 'nodes') {
  const top = setsOf(info.fieldNodes);
  return relationProjection(childSets(top, edges, info), childSets(top, nodes, info), info);
}

export interface NeighborhoodArgs extends RelationFilterArgs {
  id: string;
  depth: number;
  direction: Direction;
  types?: string[] | null;
  limit: number;
  truncate: boolean;
}

export interface PathsArgs extends RelationFilterArgs {
  from: string;
  to: string;
  maxLength: number;
  mode: 'SHORTEST' | 'ALL_SHORTEST';
  limit: number;
}

export interface SubgraphArgs extends RelationFilterArgs {
  ids: string[];
  limit: number;
  truncate: boolean;
}

/**
 * Cuts `edges` (fetched with one row more than `limit`) to the limit. A cut is flagged in `truncated`,
 * or refused when the caller asked for all or nothing (`truncate: false`).
 */
function cut(edges: Row[], limit: number, truncate: boolean, what: string) {
  const truncated = edges.length > limit;
  if (truncated && !truncate)
    throw apiError('LIMIT_EXCEEDED', `${what} has more than ${limit} relations; raise limit, narrow the filters, or pass truncate: true`);
  return { edges: edges.slice(0, limit), truncated };
}

export const traversalResolvers = {
  neighborhood: async (_: unknown, args: NeighborhoodArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const { limits } = ctx.deps;
    const depth = checkRange('depth', args.depth, 1, limits.depth);
    const limit = checkRange('limit', args.limit, 1, limits.neighborhoodEdges);
    const filter = relationFilterParams(args, ctx);
    const [result] = await ctx.read(q.neighborhood(depth, args.direction, filter, edgesProjection(info)), {
      id: args.id,
      cap: limit + 1,
      types: args.types ?? null,
      ...filter,
    });
    if (!result) throw notFound('entity', args.id);
    const { edges, truncated } = cut(result.edges as Row[], limit, args.truncate, `the neighbourhood of ${args.id}`);
    ctx.entities.prime(args.id, result.center as Row);
    return { nodes: await nodesOf(ctx, edges, [args.id]), edges, truncated };
  },

  paths: async (_: unknown, args: PathsArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const { limits } = ctx.deps;
    const maxLength = checkRange('maxLength', args.maxLength, 1, limits.pathLength);
    const limit = checkRange('limit', args.limit, 1, limits.paths);
    const filter = relationFilterParams(args, ctx);
    const rows = await ctx.read(q.paths(maxLength, args.mode, filter, edgesProjection(info)), {
      from: args.from,
      to: args.to,
      limit,
      ...filter,
    });
    if (rows.length === 0) await requireEntities(ctx, [args.from, args.to]); // says which end is missing
    const found = rows.filter((p) => p.nodes !== null);
    const nodes = new Map(
      (
        await nodesOf(
          ctx,
          found.flatMap((p) => p.edges as Row[]),
          [args.from, args.to],
        )
      ).map((n) => [n.id, n]),
    );
    return found.map((p) => ({
      length: (p.edges as Row[]).length,
      nodes: (p.nodes as string[]).map((id) => nodes.get(id)),
      edges: p.edges,
    }));
  },

  commonNeighbors: async (
    _: unknown,
    args: RelationFilterArgs & { a: string; b: string; first: number },
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => {
    const limit = checkRange('first', args.first, 1, ctx.deps.limits.page);
    const filter = relationFilterParams(args, ctx);
    await requireEntities(ctx, [args.a, args.b]);
    // The neighbour (`entity`) is built from the ends of its relations to `a`.
    const top = setsOf(info.fieldNodes);
    const projection = relationProjection(
      [...childSets(top, 'viaA', info), ...childSets(top, 'viaB', info)],
      childSets(top, 'entity', info),
      info,
    );
    const found = await ctx.read(q.commonNeighbors(filter, projection), { a: args.a, b: args.b, limit, ...filter });
    const nodes = new Map(
      (
        await nodesOf(
          ctx,
          found.flatMap((r) => r.viaA as Row[]),
        )
      ).map((n) => [n.id, n]),
    );
    return found.map((r) => ({ entity: nodes.get(r.id), viaA: r.viaA, viaB: r.viaB }));
  },

  subgraph: async (_: unknown, args: SubgraphArgs, ctx: Context) => {
    const { limits } = ctx.deps;
    checkRange('ids (count)', args.ids.length, 0, limits.subgraphIds);
    const limit = checkRange('limit', args.limit, 1, limits.subgraphEdges);
    const filter = relationFilterParams(args, ctx);
    const [result] = await ctx.read(q.subgraph(filter), { ids: [...new Set(args.ids)], cap: limit + 1, ...filter });
    const { edges, truncated } = cut((result?.edges as Row[]) ?? [], limit, args.truncate, 'the subgraph');
    return { nodes: (result?.nodes as Row[]) ?? [], edges, truncated };
  },
};
