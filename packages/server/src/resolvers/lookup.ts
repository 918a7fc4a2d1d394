import type { Context } from '../context';
import { toConnection, toPage } from '../connection';
import { apiError, checkRange, notFound } from '../errors';
import { entitiesCount, entitiesPage, SEARCH, type EntityQueryFilter } from '../queries/lookups';
import { rows } from './args';

export interface EntitiesArgs {
  where?: { type?: string | null; nameContains?: string | null; minMentions?: number | null } | null;
  orderBy: 'MENTIONS_DESC' | 'NAME_ASC';
  first: number;
  after?: string | null;
}

// Lucene operators typed by users are taken literally.
const escapeLucene = (term: string) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

export const lookupResolvers = {
  entity: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    const entity = await ctx.entities.load(id);
    if (!entity) throw notFound('entity', id);
    return entity;
  },

  entities: async (_: unknown, args: EntitiesArgs, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits);
    const where = args.where ?? {};
    const nameContains = where.nameContains?.trim().toLowerCase() || null;
    // The entity type is a GraphQL enum, so the label comes from a closed set.
    const filter: EntityQueryFilter = {
      label: where.type ?? 'Entity',
      nameContains: nameContains !== null,
      minMentions: where.minMentions != null,
    };
    const params = { nameContains, minMentions: where.minMentions ?? 0 };
    const found = rows(await ctx.read(entitiesPage(filter, args.orderBy), { ...params, offset: page.offset, limit: page.first + 1 }));
    return toConnection(found, page, async () => (await ctx.read(entitiesCount(filter), params))[0]?.count as number);
  },

  search: async (_: unknown, args: { query: string; types?: string[] | null; first: number }, ctx: Context) => {
    const first = checkRange('first', args.first, 1, ctx.deps.limits.search);
    const text = args.query.trim();
    if (!text) throw apiError('BAD_USER_INPUT', 'query must not be empty');
    checkRange('query (length)', text.length, 1, 200);
    // Each term matches exactly (boosted) or fuzzily, so 'Erdogan' and 'Erdogn' both find the alias Erdogan.
    const terms = text.split(/\s+/).slice(0, 10).map(escapeLucene);
    const lucene = terms.map((t) => (t.length > 2 ? `(${t}^2 OR ${t}~)` : t)).join(' AND ');
    // A type filter applies after the index's cut, so more candidates are fetched when there is one.
    const fetch = args.types?.length ? first * 20 : first;
    return rows(await ctx.read(SEARCH, { query: lucene, types: args.types ?? null, first, fetch }));
  },
};
