import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// yoga's own codes for requests it could not parse or validate: all the caller's mistakes.
const YOGA_INPUT_CODES = new Set(['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

type Err = Pick<GraphQLError, 'message'> & { extensions?: Record<string, unknown> };

/**
 * Gives every error a code: errors yoga and graphql-js raise themselves (malformed JSON, syntax, unknown
 * fields, bad variables) are the caller's mistakes, so they get BAD_USER_INPUT; ours keep theirs.
 */
export function useErrorCodes(): Plugin {
  const withCode = (e: Err) => {
    const code = e.extensions?.code as string | undefined;
    if (code && !YOGA_INPUT_CODES.has(code)) return;
    (e as { extensions: Record<string, unknown> }).extensions = { ...e.extensions, code: 'BAD_USER_INPUT' };
  };
  return {
    onResultProcess({ result }) {
      for (const r of Array.isArray(result) ? result : [result]) {
        if (r && 'errors' in r) r.errors?.forEach((e) => withCode(e as Err));
      }
    },
  };
}
