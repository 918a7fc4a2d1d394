import type { Context } from '../context';
import { toConnection, toPage } from '../connection';
import { notFound } from '../errors';
import { documentsCount, documentsPage, type DocumentQueryFilter } from '../queries/documents';
import { rows } from './args';

export interface DocumentsArgs {
  where?: { source?: string | null; publishedAfter?: string | null; publishedBefore?: string | null; mentions?: string | null } | null;
  first: number;
  after?: string | null;
}

export const documentResolvers = {
  document: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    const document = await ctx.documents.load(id);
    if (!document) throw notFound('document', id);
    return document;
  },

  documents: async (_: unknown, args: DocumentsArgs, ctx: Context) => {
    const page = toPage(args, ctx.deps.limits);
    const where = args.where ?? {};
    const params = {
      source: where.source ?? null,
      publishedAfter: where.publishedAfter ?? null,
      publishedBefore: where.publishedBefore ?? null,
      mentions: where.mentions ?? null,
    };
    const filter: DocumentQueryFilter = {
      source: params.source !== null,
      publishedAfter: params.publishedAfter !== null,
      publishedBefore: params.publishedBefore !== null,
      mentions: params.mentions !== null,
    };
    const found = rows(await ctx.read(documentsPage(filter), { ...params, offset: page.offset, limit: page.first + 1 }));
    return toConnection(found, page, async () => (await ctx.read(documentsCount(filter), params))[0]?.count as number);
  },
};
