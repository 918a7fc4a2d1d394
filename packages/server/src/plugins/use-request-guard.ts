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
  /** Most values (every object, list and scalar, nested ones included) in a request's variables. */
  maxVariableValues?: number;
  /** Deepest nesting of objects and lists in a request's variables. */
  maxVariableDepth?: number;
}

const refuse = (message: string, code: string, status: number) => ({
  errors: [new GraphQLError(message, { extensions: { code, http: { status } } })],
});

// A UTF-16 surrogate without its pair: JSON can carry one (`"\ud800"`), but it is no character, and the database
// would store it as U+FFFD, so an id would come back different from the one sent.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface VariablesProblem {
  code: 'LIMIT_EXCEEDED' | 'BAD_USER_INPUT';
  message: string;
}

/**
 * What is wrong with a request's variables, or null: too many values or nested too deep (LIMIT_EXCEEDED), or a
 * string that is not well-formed Unicode (BAD_USER_INPUT, as graphql-js answers the same string in a query).
 * Walks at most `maxValues` values, so a huge object costs no more than the limit to refuse; nothing in the
 * schema needs more than a few hundred.
 */
export function variablesProblem(variables: unknown, maxValues: number, maxDepth: number): VariablesProblem | null {
  let counted = 1;
  const stack: [unknown, number, string][] = [[variables, 0, '']];
  while (stack.length) {
    const [value, depth, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value))
        return {
          code: 'BAD_USER_INPUT',
          message: `variable ${path.slice(1, 100) || 'value'} is not well-formed Unicode (a lone surrogate)`,
        };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { code: 'LIMIT_EXCEEDED', message: `variables may nest at most ${maxDepth} levels deep` };
    const children = Array.isArray(value) ? (value as unknown[]) : Object.keys(value);
    counted += children.length;
    if (counted > maxValues) return { code: 'LIMIT_EXCEEDED', message: `variables may hold at most ${maxValues} values` };
    if (Array.isArray(value)) value.forEach((child, i) => stack.push([child, depth + 1, `${path}[${i}]`]));
    else for (const key of children as string[]) stack.push([(value as Record<string, unknown>)[key], depth + 1, `${path}.${key}`]);
  }
  return null;
}

export const DEFAULT_MAX_VARIABLE_VALUES = 10_000;
export const DEFAULT_MAX_VARIABLE_DEPTH = 16;

/** Checks a request before it is parsed (size, key, variables) and validated (introspection). */
export function useRequestGuard({
  apiKey,
  requireKeyForReads = false,
  maxQueryLength = 20_000,
  introspection = true,
  maxVariableValues = DEFAULT_MAX_VARIABLE_VALUES,
  maxVariableDepth = DEFAULT_MAX_VARIABLE_DEPTH,
}: RequestGuardOptions): Plugin {
  return {
    onParams({ params, request, setResult }) {
      if (requireKeyForReads && !isAuthorized(apiKey, request.headers.get('authorization'))) {
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
      if (params.variables != null) {
        const problem = variablesProblem(params.variables, maxVariableValues, maxVariableDepth);
        if (problem?.code === 'LIMIT_EXCEEDED')
          return setResult(refuse(`${problem.message}; pass less data per request`, problem.code, 413));
        if (problem) return setResult(refuse(problem.message, problem.code, 400));
      }
    },
    onValidate({ addValidationRule }) {
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
