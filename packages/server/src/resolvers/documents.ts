import type { Context } from '../context';
import { pageParams, toConnection, toPage, keyed } from '../connection';
import { notFound } from '../errors';
import { DOCUMENT_ORDERS, documentsCount, documentsPage, type DocumentQueryFilter } from '../queries/documents';

export interface DocumentsArgs {
  where?: { source?: string | null; publishedAfter?: string | null; publishedBefore?: string | null; mentions?: string | null } | null;
  orderBy: keyof typeof DOCUMENT_ORDERS;
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
    const order = DOCUMENT_ORDERS[args.orderBy];
    const page = toPage(args, ctx.deps.limits, order);
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
    const found = keyed(await ctx.read(documentsPage(filter, order, page.after !== null), { ...params, ...pageParams(page) }));
    return toConnection(found, order, page, async () => (await ctx.read(documentsCount(filter), params))[0]?.count as number);
  },
};
