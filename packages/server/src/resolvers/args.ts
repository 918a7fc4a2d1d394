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

const endId = (node: unknown) => (node as Row).id as string;

/**
 * The entities an edge list names, plus `extra` ids: taken from the rows the relations carry (see
 * relationFields), and only the rest looked up, in one batched query.
 */
export async function nodesOf(ctx: Context, edges: Row[], extra: string[] = []): Promise<Row[]> {
  const known = new Map<string, Row>();
  for (const e of edges) {
    for (const node of [e.subjectNode, e.objectNode] as (Row | undefined)[]) if (node) known.set(node.id as string, node);
  }
  const ids = [...new Set([...extra, ...edges.flatMap((e) => [endId(e.subjectNode), endId(e.objectNode)])])];
  const missing = ids.filter((id) => !known.has(id));
  const loaded = await ctx.entities.loadMany(missing);
  loaded.forEach((e, i) => e && !(e instanceof Error) && known.set(missing[i]!, e));
  return ids.flatMap((id) => {
    const node = known.get(id);
    return node ? [node] : [];
  });
}
