import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';

export interface ArmorOptions {
  maxDepth?: number;
  maxAliases?: number;
  maxCost?: number;
  maxTokens?: number;
  maxDirectives?: number;
}

// Armor's rejections carry no code; they are the caller exceeding a limit, so they get LIMIT_EXCEEDED.
const tag = (_: unknown, err: GraphQLError) => {
  (err.extensions as Record<string, unknown>).code = 'LIMIT_EXCEEDED';
};

/** graphql-armor's static limits (depth, aliases, cost, tokens, directives), checked before any resolver runs. */
export function useArmor({ maxDepth = 10, maxAliases = 15, maxCost = 20000, maxTokens = 2000, maxDirectives = 20 }: ArmorOptions = {}) {
  const common = { onReject: [tag], propagateOnRejection: true };
  return EnvelopArmorPlugin({
    maxDepth: { n: maxDepth, ...common },
    maxAliases: { n: maxAliases, ...common },
    costLimit: { maxCost, ...common },
    maxTokens: { n: maxTokens, ...common },
    maxDirectives: { n: maxDirectives, ...common },
    blockFieldSuggestion: { enabled: false },
  });
}
