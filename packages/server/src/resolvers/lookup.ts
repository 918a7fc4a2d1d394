import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { pageParams, toConnection, toPage, keyed } from '../connection';
import { apiError, checkRange, notFound } from '../errors';
import {
  containsQuery,
  ENTITY_ORDERS,
  entitiesCount,
  entitiesPage,
  SEARCH,
  type EntityOrderName,
  type EntityQueryFilter,
} from '../queries/lookups';
import { rows } from './args';
import { lookAheadRelations } from './entity-relations';

export interface EntitiesArgs {
  where?: { type?: string | null; nameContains?: string | null; minMentions?: number | null } | null;
  orderBy: EntityOrderName;
  first: number;
  after?: string | null;
}

// Lucene operators typed by users are taken literally: special characters are escaped, and the operator words
// (AND, OR, NOT, which Lucene reads only in capitals) are lowercased, as the index's analyzer would anyway.
const escapeLucene = (term: string) =>
  /^(AND|OR|NOT)$/.test(term) ? term.toLowerCase() : term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

export const lookupResolvers = {
  // When the query asks for the entity's relations too, the relations query brings the entity along: one round trip.
  entity: async (_: unknown, { id }: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
    const folded = lookAheadRelations(info, ctx);
    if (folded) {
      const found = await folded.load(id);
      if (!found) throw notFound('entity', id);
      ctx.entities.prime(id, found.entity);
      return found.entity;
    }
    const entity = await ctx.entities.load(id);
    if (!entity) throw notFound('entity', id);
    return entity;
  },

  entities: async (_: unknown, args: EntitiesArgs, ctx: Context) => {
    const order = ENTITY_ORDERS[args.orderBy];
    const page = toPage(args, ctx.deps.limits, order);
    const where = args.where ?? {};
    const nameContains = where.nameContains?.trim().toLowerCase() || null;
    // The entity type is a GraphQL enum, so the label comes from a closed set.
    const nameQuery = nameContains === null ? null : containsQuery(nameContains);
    const filter: EntityQueryFilter = {
      type: where.type ?? null,
      nameContains: nameContains !== null,
      nameIndex: nameQuery !== null,
      minMentions: where.minMentions != null,
    };
    const params = { nameContains, nameQuery, minMentions: where.minMentions ?? 0 };
    const found = keyed(await ctx.read(entitiesPage(filter, order, page.after !== null), { ...params, ...pageParams(page) }));
    return toConnection(found, order, page, async () => (await ctx.read(entitiesCount(filter), params))[0]?.count as number);
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
