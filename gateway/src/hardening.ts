import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Production limits on what one operation may ask for; introspection and suggestions are off too. */
export const PRODUCTION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

export function productionProtection() {
  return new ApolloArmor({
    maxDepth: { n: PRODUCTION_LIMITS.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: PRODUCTION_LIMITS.maxAliases },
    maxDirectives: { n: PRODUCTION_LIMITS.maxDirectives },
    maxTokens: { n: PRODUCTION_LIMITS.maxTokens },
    costLimit: { maxCost: PRODUCTION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
