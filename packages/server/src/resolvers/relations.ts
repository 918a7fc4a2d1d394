import type { Context } from '../context';
import { pageParams, toConnection, toPage, keyed } from '../connection';
import { checkPredicates, notFound } from '../errors';
import { RELATION_ORDER } from '../queries/fields';
import { relationsMatching, relationsMatchingCount } from '../queries/relations';
import { relationFilterParams, requireEntities, type RelationFilterArgs } from './args';

export interface RelationsArgs extends RelationFilterArgs {
  subject?: string | null;
  predicate?: string | null;
  object?: string | null;
  attributedTo?: string | null;
  first: number;
  after?: string | null;
}

export const relationResolvers = {
  relation: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    const relation = await ctx.relations.load(id);
    if (!relation) throw notFound('relation', id);
    return relation;
  },

  relations: async (_: unknown, args: RelationsArgs, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits, RELATION_ORDER);
    const predicate = checkPredicates(args.predicate == null ? null : [args.predicate], 1)?.[0] ?? null;
    const ends = [args.subject, args.object, args.attributedTo].filter((id): id is string => id != null);
    // A mistyped id should say so, not answer "nobody": the ends are looked up (one batched query) first.
    if (ends.length) await requireEntities(ctx, ends);
    const filter = { ...relationFilterParams({ ...args, predicates: null }, ctx), attributedTo: args.attributedTo ?? null };
    const params = { ...filter, subject: args.subject ?? null, object: args.object ?? null };
    const [hasSubject, hasObject] = [args.subject != null, args.object != null];
    const found = keyed(
      await ctx.read(relationsMatching(hasSubject, hasObject, predicate, filter, page.after !== null), {
        ...params,
        ...pageParams(page),
      }),
    );
    return toConnection(
      found,
      RELATION_ORDER,
      page,
      async () => (await ctx.read(relationsMatchingCount(hasSubject, hasObject, predicate, filter), params))[0]?.count as number,
    );
  },
};
