import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { LoaderError } from '@newsgraph/loader';
import type { Context } from '../context';
import { createSerialQueue } from '../serial';
import { asApiError, Mutation } from './mutation';

const writeFailed = (code: string) =>
  new LoaderError('WRITE_FAILED', `writing doc-1 failed and was rolled back (${code})`, {
    cause: new Neo4jError('failed', code, '50N42', 'failed'),
  });

const codeOf = (err: unknown) => (err as GraphQLError).extensions.code;

describe('asApiError', () => {
  it('tells the client to send a write again when it failed on a deadlock the retries did not outlast', () => {
    const err = asApiError(writeFailed('Neo.TransientError.Transaction.DeadlockDetected'));
    expect(codeOf(err)).toBe('DATABASE_UNAVAILABLE');
    expect((err as Error).message).toMatch(/doc-1.*send it again/);
  });

  it('keeps a constraint violation and an invalid record as the caller’s mistake', () => {
    expect(codeOf(asApiError(writeFailed('Neo.ClientError.Schema.ConstraintValidationFailed')))).toBe('BAD_USER_INPUT');
    expect(codeOf(asApiError(new LoaderError('INVALID_RECORD', 'bad')))).toBe('BAD_USER_INPUT');
    expect(codeOf(asApiError(new LoaderError('DATABASE_UNAVAILABLE', 'down')))).toBe('DATABASE_UNAVAILABLE');
  });
});

describe('ingestDocument next to a deleteDocument of the same id', () => {
  it('says the document was deleted right after it was ingested, with a code, instead of answering null', async () => {
    let stored = false;
    const later = () => new Promise((done) => setTimeout(done, 10));
    const deps = {
      apiKey: 'k',
      writeSerially: createSerialQueue(),
      loader: {
        loadRecord: async (record: { document: { id: string } }) => {
          await later();
          stored = true;
          return { documentId: record.document.id };
        },
        deleteDocument: async () => {
          stored = false;
          return { found: true, statements: 0, relations: 0, entities: 0 };
        },
      },
    };
    // The read-back takes a while, as a database round trip does: the delete queued behind the ingest runs in it.
    const ctx = {
      deps,
      authorized: true,
      documents: { load: async (id: string) => (await later(), stored ? { id } : null) },
    } as unknown as Context;
    const ingest = Mutation.ingestDocument(undefined, { text: 'Russia sanctioned Turkey.', id: 'doc-race' }, ctx);
    const removed = Mutation.deleteDocument(undefined, { id: 'doc-race' }, ctx);
    await expect(ingest).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringMatching(/doc-race.*deleted right after/),
    });
    await expect(removed).resolves.toMatchObject({ deleted: true });
  });
});
