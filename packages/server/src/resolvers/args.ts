import type { Context } from '../context';
import { checkPredicates, notFound } from '../errors';
import type { Row } from '../read';

export interface RelationFilterArgs {
  predicates?: string[] | null;
  minConfidence?: number | null;
  includeNegated?: boolean | null;
}

/** The parameters of `relationFilter()` in queries/fields.ts, with the predicates checked. */
export function relationFilterParams(args: RelationFilterArgs, ctx: Context) {
  return {
    predicates: checkPredicates(args.predicates, ctx.deps.limits.predicates),
    minConfidence: args.minConfidence ?? 0,
    includeNegated: args.includeNegated ?? true,
  };
}

export const rows = (result: Row[]) => result.map((r) => r.row as Row);

/** Loads entities by id (one batched query), failing with NOT_FOUND naming the first id that matches nothing. */
export async function requireEntities(ctx: Context, ids: string[]): Promise<Row[]> {
  const found = await ctx.entities.loadMany(ids);
  return found.map((e, i) => {
    if (e instanceof Error) throw e;
    if (!e) throw notFound('entity', ids[i]!);
    return e;
  });
}

/** The entities an edge list names, plus `extra`, in one batched lookup. */
export async function nodesOf(ctx: Context, edges: Row[], extra: string[] = []): Promise<Row[]> {
  const ids = new Set([...extra, ...edges.flatMap((e) => [e.subject as string, e.object as string])]);
  const found = await ctx.entities.loadMany([...ids]);
  return found.filter((e): e is Row => e !== null && !(e instanceof Error));
}
