import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { checkingTextInput } from './input-validation';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@inaccessible", "@tag"])';

/**
 * Subgraphs declare subscription fields; the gateway executes them from the event bus. A subscription that
 * reaches a subgraph directly is refused.
 */
export const gatewayExecutesSubscriptions = {
  publish(): void {
    throw new Error('Подграф не публикует события подписок: события идут через outbox');
  },
  subscribe(): AsyncIterable<never> {
    throw new Error('Подписки выполняет шлюз: подключитесь к нему по graphql-ws');
  },
};

/** Resolves an entity from the key fields another subgraph holds; must authorize like any query. */
export type ReferenceResolver<TContext> = (
  reference: { __typename: string; id: string },
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

export interface SubgraphSchemaOptions<TContext> {
  resolvers: NonEmptyArray<Function>;
  /** Types reachable from no resolver, such as entity stubs of other subgraphs. */
  orphanedTypes?: Function[];
  /** Reference resolvers by GraphQL type name. */
  references?: Record<string, ReferenceResolver<TContext>>;
  /** Constructs resolver classes that take settings or services in their constructor. */
  container?: ContainerType;
}

/** Builds a federation 2 subgraph schema from type-graphql resolvers. */
export async function buildFederatedSchema<TContext>(
  options: SubgraphSchemaOptions<TContext>,
): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    validate: false,
    pubSub: gatewayExecutesSubscriptions,
    ...(options.container ? { container: options.container } : {}),
    // Federation adds _service and _entities; type-graphql must not reject a schema without root fields.
    skipCheck: true,
  });
  const resolvers = checkingTextInput(
    typeGraphqlSchema,
    createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>,
  );
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = { ...existing, __resolveReference: resolveReference } as never;
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  return buildSubgraphSchema({ typeDefs, resolvers });
}
