import { extract } from '@newsgraph/extractor';
import { isNewsgraphError } from '@newsgraph/contract';
import type { Context } from '../context';
import { apiError } from '../errors';
import { classifyDatabaseError } from '../read';

function requireKey(ctx: Context) {
  if (ctx.authorized) return;
  const hint =
    ctx.deps.apiKey === undefined
      ? 'mutations are disabled: start the server with NEWSGRAPH_API_KEY set'
      : 'send Authorization: Bearer <NEWSGRAPH_API_KEY>';
  throw apiError('UNAUTHENTICATED', `this mutation needs the API key; ${hint}`);
}

/** Coded errors from the extractor and loader are the caller's mistakes or the database's state; pass them on as such. */
function asApiError(err: unknown): unknown {
  if (isNewsgraphError(err, 'DATABASE_UNAVAILABLE')) return apiError('DATABASE_UNAVAILABLE', err.message, err);
  if (isNewsgraphError(err)) return apiError('BAD_USER_INPUT', err.message, err);
  return classifyDatabaseError(err);
}

export const Mutation = {
  ingestDocument: async (
    _: unknown,
    args: { text: string; title?: string; source?: string; publishedAt?: string; id?: string },
    ctx: Context,
  ) => {
    requireKey(ctx);
    try {
      const options = { title: args.title ?? null, source: args.source ?? null, publishedAt: args.publishedAt ?? null };
      const record = extract(args.text, args.id ? { ...options, id: args.id } : options);
      const result = await ctx.deps.loader.loadRecord(record);
      return await ctx.documents.load(result.documentId);
    } catch (err) {
      throw asApiError(err);
    }
  },

  deleteDocument: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    requireKey(ctx);
    try {
      const { found, ...counts } = await ctx.deps.loader.deleteDocument(id);
      return { deleted: found, ...counts };
    } catch (err) {
      throw asApiError(err);
    }
  },
};
