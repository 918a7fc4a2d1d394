import { extract } from '@newsgraph/extractor';
import { isNewsgraphError } from '@newsgraph/contract';
import { Neo4jError } from 'neo4j-driver';
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

/**
 * Coded errors from the extractor and loader are the caller's mistakes or the database's state; pass them on as such.
 * A write that failed on a transient condition (a deadlock or lock timeout the driver's retries did not outlast) is
 * the database's state too: the client may send it again.
 */
export function asApiError(err: unknown): unknown {
  if (isNewsgraphError(err, 'DATABASE_UNAVAILABLE')) return apiError('DATABASE_UNAVAILABLE', err.message, err);
  if (isNewsgraphError(err, 'WRITE_FAILED') && err.cause instanceof Neo4jError && err.cause.retriable)
    return apiError('DATABASE_UNAVAILABLE', `${err.message}; the database is busy: send it again`, err);
  if (isNewsgraphError(err)) return apiError('BAD_USER_INPUT', err.message, err);
  return classifyDatabaseError(err);
}

// An ISO 8601 calendar date, optionally with a time and an offset: 2016-12-19, 2016-12-19T17:05Z, 2016-12-19T17:05:00.5+03:00.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `documents(where: {publishedAfter, publishedBefore})` compares `publishedAt` as a string: only ISO 8601 compares right. */
function checkPublishedAt(value: string | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!ISO_8601.test(value) || Number.isNaN(Date.parse(value)))
    throw apiError(
      'BAD_USER_INPUT',
      `publishedAt must be an ISO 8601 date or date-time such as 2016-12-19 or 2016-12-19T17:05:00Z, got ${JSON.stringify(value.slice(0, 80))}`,
    );
  return value;
}

export const Mutation = {
  ingestDocument: async (
    _: unknown,
    args: { text: string; title?: string; source?: string; publishedAt?: string; id?: string },
    ctx: Context,
  ) => {
    requireKey(ctx);
    const publishedAt = checkPublishedAt(args.publishedAt);
    try {
      const options = { title: args.title ?? null, source: args.source ?? null, publishedAt };
      const record = extract(args.text, args.id ? { ...options, id: args.id } : options);
      const result = await ctx.deps.writeSerially(() => ctx.deps.loader.loadRecord(record));
      // The read-back runs outside the write queue (inside, every ingest would hold the queue for a read, and under
      // load ingests piled up behind each other: p50 20 s -> 180 s in the soak). A deleteDocument of the same id
      // (queued behind this ingest, or from another process) can retract it in between: say so, with a code,
      // rather than answer null for the non-null result.
      const document = await ctx.documents.load(result.documentId);
      if (!document) throw apiError('NOT_FOUND', `document ${JSON.stringify(record.document.id)} was deleted right after it was ingested`);
      return document;
    } catch (err) {
      throw asApiError(err);
    }
  },

  deleteDocument: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    requireKey(ctx);
    try {
      const { found, ...counts } = await ctx.deps.writeSerially(() => ctx.deps.loader.deleteDocument(id));
      return { deleted: found, ...counts };
    } catch (err) {
      throw asApiError(err);
    }
  },
};
