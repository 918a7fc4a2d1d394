import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { pageParams, toConnection, toPage, type Keyed } from '../connection';
import { checkRange } from '../errors';
import { DOCUMENT_ENTITIES, DOCUMENT_RELATIONS, ENTITY_MENTION_COUNT, entityMentions, MENTION_ORDER } from '../queries/documents';
import { RELATION_ORDER } from '../queries/fields';
import { entityRelationCount, EVIDENCE } from '../queries/relations';
import type { Row } from '../read';
import { relationsLoader, relationsProjection, type EntityRelationsArgs } from './entity-relations';

// Every list field below goes through ctx.batch: all parents of one level share one round trip.

/**
 * A connection's `totalCount` is a thunk (connection.ts), run only when selected. Called here, not left to the
 * default resolver: graphql-js's calls a function-valued property, the compiled queries' (graphql-jit) do not.
 */
const counted = { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() };
export const EntityConnection = counted;
export const RelationConnection = counted;
export const MentionConnection = counted;
export const DocumentConnection = counted;

export const Entity = {
  aliases: (e: Row) => e.aliases ?? [],
  mentionCount: (e: Row) => e.mentionCount ?? 0,
  relations: async (e: Row, args: EntityRelationsArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const { page, filter, loader } = relationsLoader(args, ctx, relationsProjection(info.fieldNodes, info));
    const found = await loader.load(e.id as string);
    return toConnection(found?.items ?? [], RELATION_ORDER, page, () =>
      ctx.batch(entityRelationCount(args.direction, filter), filter, 0).load(e.id as string),
    );
  },
  mentions: async (e: Row, args: { first: number; after?: string | null }, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits, MENTION_ORDER);
    const found = await ctx.batch<Keyed[]>(entityMentions(page.after !== null), pageParams(page), []).load(e.id as string);
    return toConnection(found, MENTION_ORDER, page, () => ctx.batch(ENTITY_MENTION_COUNT, {}, 0).load(e.id as string));
  },
};

export const Relation = {
  // Every query that returns relations inlines their ends (relationFields in queries/fields.ts).
  subject: (r: Row) => r.subjectNode,
  object: (r: Row) => r.objectNode,
  attributedTo: (r: Row, _: unknown, ctx: Context) => (r.attributedTo ? ctx.entities.load(r.attributedTo as string) : null),
  negated: (r: Row) => r.negated ?? false,
  evidence: (r: Row, args: { first: number }, ctx: Context) =>
    ctx.batch<Row[]>(EVIDENCE, { first: checkRange('first', args.first, 1, ctx.deps.limits.evidence) }, []).load(r.id as string),
};

export const Evidence = {
  document: (s: Row, _: unknown, ctx: Context) => ctx.documents.load(s.documentId as string),
};

export const Mention = {
  document: (m: Row, _: unknown, ctx: Context) => ctx.documents.load(m.documentId as string),
};

export const Document = {
  entities: (d: Row, args: { first: number }, ctx: Context) =>
    ctx.batch<Row[]>(DOCUMENT_ENTITIES, { first: checkRange('first', args.first, 1, ctx.deps.limits.page) }, []).load(d.id as string),
  relations: (d: Row, args: { first: number }, ctx: Context) =>
    ctx.batch<Row[]>(DOCUMENT_RELATIONS, { first: checkRange('first', args.first, 1, ctx.deps.limits.page) }, []).load(d.id as string),
};
