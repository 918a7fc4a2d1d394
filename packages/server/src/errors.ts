import { GraphQLError } from 'graphql';
import { IDENTIFIER_PATTERN } from '@newsgraph/contract';

/** The codes clients see in `errors[].extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR. */
export const ApiErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/**
 * An error meant for the client: its message is shown as is, with a stable code. The cause is kept for the
 * log as `cause`, not as `originalError`: yoga masks any error whose original is not a GraphQLError.
 */
export function apiError(code: ApiErrorCode, message: string, cause?: unknown): GraphQLError {
  const error = new GraphQLError(message, { extensions: { code } });
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}

/** Checks an integer argument against its range, naming the argument and the range when it is outside. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw apiError('BAD_USER_INPUT', `${name} must be an integer, got ${value}`);
  if (value < min) throw apiError('BAD_USER_INPUT', `${name} must be at least ${min}, got ${value}`);
  if (value > max) throw apiError('LIMIT_EXCEEDED', `${name} must be at most ${max}, got ${value}`);
  return value;
}

/**
 * Checks relation type names: they travel as parameters, never spliced, but a name that cannot exist is
 * the caller's mistake (or a probe) and deserves a clear error rather than an empty answer.
 */
export function checkPredicates(predicates: readonly string[] | null | undefined, max: number): string[] | null {
  if (predicates == null) return null;
  checkRange('predicates (count)', predicates.length, 0, max);
  for (const p of predicates) {
    if (!IDENTIFIER_PATTERN.test(p))
      throw apiError('BAD_USER_INPUT', `predicate ${JSON.stringify(p.slice(0, 80))} is not UPPER_SNAKE (${IDENTIFIER_PATTERN})`);
  }
  return [...predicates];
}

export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `no ${what} with id ${JSON.stringify(id.slice(0, 200))}`);
