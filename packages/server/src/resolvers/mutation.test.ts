import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { LoaderError } from '@newsgraph/loader';
import { asApiError } from './mutation';

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
