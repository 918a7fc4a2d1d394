import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isAuthorized } from '../context';

export interface RequestGuardOptions {
  apiKey?: string;
  /** Reads need the API key too (mutations always do). */
  requireKeyForReads?: boolean;
  /** Longest accepted query document, in characters: refused before it is parsed. */
  maxQueryLength?: number;
  /** When false, introspection queries fail validation. */
  introspection?: boolean;
}

const refuse = (message: string, code: string, status: number) => ({
  errors: [new GraphQLError(message, { extensions: { code, http: { status } } })],
});

/** Checks a request before it is parsed (size, key) and validated (introspection). */
export function useRequestGuard({
  apiKey,
  requireKeyForReads = false,
  maxQueryLength = 20_000,
  introspection = true,
}: RequestGuardOptions): Plugin {
  return {
    onParams({ params, request, setResult }) {
      if (requireKeyForReads && !isAuthorized(apiKey, request)) {
        return setResult(
          refuse('this server needs the API key for every request: send Authorization: Bearer <NEWSGRAPH_API_KEY>', 'UNAUTHENTICATED', 401),
        );
      }
      if (typeof params.query === 'string' && params.query.length > maxQueryLength) {
        return setResult(
          refuse(
            `query documents may be at most ${maxQueryLength} characters, got ${params.query.length}; pass data as variables`,
            'LIMIT_EXCEEDED',
            413,
          ),
        );
      }
    },
    onValidate({ addValidationRule }) {
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
