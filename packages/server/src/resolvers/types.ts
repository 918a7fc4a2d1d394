import type { Context } from '../context';
import { checkRange } from '../errors';
import * as q from '../queries';
import type { Row } from '../read';

const rows = (result: Row[]) => result.map((r) => r.row as Row);

export const Entity = {
  aliases: (e: Row) => e.aliases ?? [],
  mentionCount: (e: Row) => e.mentionCount ?? 0,
  relations: async (e: Row, args: Record<string, unknown>, ctx: Context) => {
    const first = checkRange('first', args.first as number, 1, 500);
    const params = { id: e.id, first, predicates: args.predicates ?? null, minConfidence: args.minConfidence ?? 0, includeNegated: args.includeNegated ?? true };
    return rows(await ctx.read(q.entityRelations(args.direction as 'OUTGOING' | 'INCOMING' | 'BOTH'), params));
  },
  mentions: async (e: Row, args: { first: number }, ctx: Context) =>
    rows(await ctx.read(q.ENTITY_MENTIONS, { id: e.id, first: checkRange('first', args.first, 1, 500) })),
};

export const Relation = {
  subject: (r: Row, _: unknown, ctx: Context) => ctx.entities.load(r.subject as string),
  object: (r: Row, _: unknown, ctx: Context) => ctx.entities.load(r.object as string),
  attributedTo: (r: Row, _: unknown, ctx: Context) => (r.attributedTo ? ctx.entities.load(r.attributedTo as string) : null),
  negated: (r: Row) => r.negated ?? false,
  evidence: async (r: Row, args: { first: number }, ctx: Context) =>
    rows(await ctx.read(q.EVIDENCE, { id: r.id, first: checkRange('first', args.first, 1, 500) })),
};

export const Evidence = {
  document: (s: Row, _: unknown, ctx: Context) => ctx.documents.load(s.documentId as string),
};

export const Mention = {
  document: (m: Row, _: unknown, ctx: Context) => ctx.documents.load(m.documentId as string),
};

export const Document = {
  entities: async (d: Row, _: unknown, ctx: Context) => rows(await ctx.read(q.DOCUMENT_ENTITIES, { id: d.id })),
  relations: async (d: Row, _: unknown, ctx: Context) => {
    const ids = (await ctx.read(q.DOCUMENT_FACT_IDS, { id: d.id })).map((r) => r.id as string);
    return (await ctx.relations.loadMany(ids)).filter((r) => r && !(r instanceof Error));
  },
};
