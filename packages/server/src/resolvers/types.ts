import type { Context } from '../context';
import { toConnection, toPage } from '../connection';
import { checkRange } from '../errors';
import { DOCUMENT_ENTITIES, DOCUMENT_RELATIONS, ENTITY_MENTION_COUNT, ENTITY_MENTIONS } from '../queries/documents';
import type { Direction } from '../queries/fields';
import { entityRelationCount, entityRelations, EVIDENCE } from '../queries/relations';
import type { Row } from '../read';
import { relationFilterParams, type RelationFilterArgs } from './args';

// Every list field below goes through ctx.batch: all parents of one level share one round trip.

export interface EntityRelationsArgs extends RelationFilterArgs {
  direction: Direction;
  attributedTo?: string | null;
  first: number;
  after?: string | null;
}

export const Entity = {
  aliases: (e: Row) => e.aliases ?? [],
  mentionCount: (e: Row) => e.mentionCount ?? 0,
  relations: async (e: Row, args: EntityRelationsArgs, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits);
    const filter = { ...relationFilterParams(args, ctx), attributedTo: args.attributedTo ?? null };
    const found = await ctx
      .batch<Row[]>(entityRelations(args.direction, filter), { ...filter, offset: page.offset, limit: page.first + 1 }, [])
      .load(e.id as string);
    return toConnection(found, page, () => ctx.batch(entityRelationCount(args.direction, filter), filter, 0).load(e.id as string));
  },
  mentions: async (e: Row, args: { first: number; after?: string | null }, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits);
    const found = await ctx.batch<Row[]>(ENTITY_MENTIONS, { offset: page.offset, limit: page.first + 1 }, []).load(e.id as string);
    return toConnection(found, page, () => ctx.batch(ENTITY_MENTION_COUNT, {}, 0).load(e.id as string));
  },
};

export const Relation = {
  subject: (r: Row, _: unknown, ctx: Context) => r.subjectNode ?? ctx.entities.load(r.subject as string),
  object: (r: Row, _: unknown, ctx: Context) => r.objectNode ?? ctx.entities.load(r.object as string),
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
