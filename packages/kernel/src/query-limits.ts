import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { GATEWAY } from './internal-token';

/** What one operation may ask for: the gateway's in production, every subgraph's from any caller but the gateway. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** A fresh configuration each time: graphql-armor adds its rejection handler to the object it is given. */
const armorConfig = (): ArmorConfig => ({
  maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false },
  maxAliases: { n: QUERY_LIMITS.maxAliases },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  maxTokens: { n: QUERY_LIMITS.maxTokens },
  costLimit: { maxCost: QUERY_LIMITS.maxCost },
  blockFieldSuggestion: { enabled: true },
});

/** The gateway's production protection: the limits, and no field suggestions in error messages. */
export const queryLimitProtection = () => new ApolloArmor(armorConfig()).protect();

/** Error messages that would suggest a real field name for a misspelt one say nothing of it. */
export const noFieldSuggestions = () =>
  new ApolloArmor({
    ...armorConfig(),
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect().plugins;

const refusal = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Refuses, before it is parsed, an operation of more tokens than the limit from any caller but the gateway;
 * null when the operation may go on.
 */
export function tokenLimitRefusal(caller: string | null, query: unknown): GraphQLError | null {
  if (caller === GATEWAY || typeof query !== 'string') return null;
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count++)
      if (count >= QUERY_LIMITS.maxTokens)
        return refusal(
          `Запрос слишком длинный: не больше ${QUERY_LIMITS.maxTokens} лексем. Разбейте его на несколько`,
          'BAD_USER_INPUT',
          400,
        );
  } catch {
    // A syntax error: the parser answers it.
  }
  return null;
}

function asksForService(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let asks = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '_service' && typeInfo.getParentType() === schema.getQueryType()) asks = true;
      },
    }),
  );
  return asks;
}

/**
 * A subgraph's limits. The gateway has already held the person's operation to `QUERY_LIMITS` and its query
 * plans may need a little more, so it passes; every other caller (a partner's API key, another service) is
 * held to them (the number of tokens by `tokenLimitRefusal`, before parsing), and only the gateway reads the
 * subgraph's SDL through `_service`. Checked per request rather than as validation rules, because Apollo
 * keeps a document that passed validation once and skips validating it again.
 */
export function queryLimitsPlugin(subgraph: string): ApolloServerPlugin<{ caller: string | null }> {
  const { validationRules } = new ApolloArmor({
    ...armorConfig(),
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: { caller }, document, schema }) {
          if (caller === GATEWAY) return;
          if (asksForService(schema, document))
            throw refusal(
              `Схему подграфа ${subgraph} (_service) получает только шлюз платформы`,
              'FORBIDDEN',
              403,
            );
          const [exceeded] = validate(schema, document, validationRules);
          if (exceeded)
            throw refusal(
              `Запрос превышает ограничения платформы (глубина до ${QUERY_LIMITS.maxDepth}, псевдонимов до ${QUERY_LIMITS.maxAliases}, директив до ${QUERY_LIMITS.maxDirectives}, стоимость до ${QUERY_LIMITS.maxCost}): ${exceeded.message}`,
              'BAD_USER_INPUT',
              400,
            );
        },
      };
    },
  };
}
