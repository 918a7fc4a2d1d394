import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ApiErrorCode } from '../errors';

// Codes clients may see: ours, and the masked code of unexpected errors (a bug or an outage, logged).
const KEPT_CODES = new Set<string>([...Object.values(ApiErrorCode), 'INTERNAL_SERVER_ERROR']);

/**
 * graphql-js stops validating a document whose fields overlap beyond its work budget (or that has too many
 * errors) and says only "Validation aborted.": the caller exceeded a limit, which deserves saying so.
 */
const ABORTED = /^(Validation aborted\.|Too many validation errors, error limit reached\. Validation aborted\.)$/;
const ABORTED_MESSAGE =
  'the query is too complex to validate (too many repeated or overlapping fields, or too many errors); send a smaller query';

/** The code (and message) an error should carry, or null when it is fine as it is. */
function recode(error: GraphQLError): { code: string; message: string } | null {
  if (ABORTED.test(error.message)) return { code: 'LIMIT_EXCEEDED', message: ABORTED_MESSAGE };
  const code = error.extensions?.code as string | undefined;
  if (code && KEPT_CODES.has(code)) return null;
  return { code: 'BAD_USER_INPUT', message: error.message };
}

/**
 * Gives every error a documented code: errors yoga and graphql-js raise themselves (malformed JSON, syntax,
 * unknown fields, bad variables, an operationName that names no operation) carry no code or one of yoga's own
 * (BAD_REQUEST, GRAPHQL_PARSE_FAILED, OPERATION_RESOLUTION_FAILURE, ...); they are all the caller's mistakes, so
 * they get BAD_USER_INPUT. Ours, and masked unexpected errors, keep theirs. Errors are copied, never changed in
 * place: graphql-js shares some error objects between requests.
 */
export function useErrorCodes(): Plugin {
  const withCode = (error: GraphQLError): GraphQLError => {
    const change = recode(error);
    if (!change) return error;
    return new GraphQLError(change.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions, code: change.code },
    });
  };
  return {
    onResultProcess({ result, setResult }) {
      const fix = <T extends { errors?: readonly GraphQLError[] }>(r: T): T =>
        r && 'errors' in r && r.errors?.length ? { ...r, errors: r.errors.map(withCode) } : r;
      if (Array.isArray(result)) setResult(result.map(fix));
      else if (result && 'errors' in result) setResult(fix(result as { errors?: readonly GraphQLError[] }) as typeof result);
    },
  };
}
