import { GraphQLError } from 'graphql';

/** The codes clients see in `errors[].extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR. */
export const ApiErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** An error meant for the client: its message is shown as is, with a stable code. */
export function apiError(code: ApiErrorCode, message: string, cause?: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code }, originalError: cause instanceof Error ? cause : undefined });
}

/** Checks an integer argument against its range, naming the argument and the range when it is outside. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw apiError('BAD_USER_INPUT', `${name} must be an integer, got ${value}`);
  if (value < min || value > max) {
    throw apiError('LIMIT_EXCEEDED', `${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}
