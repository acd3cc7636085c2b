import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { LiveSubscription } from '@czn/kernel';
import { defaultUrl, relayedStreams, type SubgraphName } from '@czn/platform';
import { getNamedType, parse, printSchema, type GraphQLSchema } from 'graphql';
import { subgraphDefinitions } from './subgraph-definitions';

const GATEWAY_DIR = path.join(__dirname, '..', '..', 'gateway');

/** The artefacts composition writes into gateway/ and commits; the gateway reads them at start. */
export const COMPOSED_FILES = {
  /** What the gateway plans queries with. */
  supergraph: path.join(GATEWAY_DIR, 'supergraph.graphql'),
  /** The schema clients see: what the web apps generate their typed operations from. */
  apiSchema: path.join(GATEWAY_DIR, 'schema.graphql'),
  /** The subscriptions the subgraphs declare, keyed by field, with the subgraph that owns each. */
  subscriptions: path.join(GATEWAY_DIR, 'subscriptions.json'),
} as const;

export type ComposedFile = keyof typeof COMPOSED_FILES;
export type Composition = Record<ComposedFile, string>;

export const readComposedFile = (file: ComposedFile): string => readFileSync(COMPOSED_FILES[file], 'utf8');

/**
 * Each declared subscription must match a Subscription field of its subgraph, follow a relayed stream of the
 * manifest, and render through a query that takes `eventId` and returns the subscription's type.
 */
function subscriptionProblems(name: SubgraphName, schema: GraphQLSchema, declared: LiveSubscription[]) {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  const queries = schema.getQueryType()?.getFields() ?? {};
  const declaredFields = new Set(declared.map(({ field }) => field));
  const problems = Object.keys(fields)
    .filter((field) => !declaredFields.has(field))
    .map((field) => `${name}: подписка ${field} не объявлена в subscriptions определения подграфа`);
  for (const { field, stream, eventQuery } of declared) {
    const subscription = fields[field];
    const query = queries[eventQuery];
    if (!subscription) problems.push(`${name}: объявлена подписка ${field}, но в схеме её нет`);
    if (!relayedStreams(name).includes(stream)) {
      problems.push(
        `${name}: подписка ${field} читает поток ${stream}, которого нет в манифесте среди relayed`,
      );
    }
    if (!query || !query.args.some((argument) => argument.name === 'eventId')) {
      problems.push(`${name}: подписке ${field} нужен запрос ${eventQuery}(eventId: ID!)`);
    } else if (subscription && getNamedType(query.type) !== getNamedType(subscription.type)) {
      problems.push(`${name}: ${eventQuery} должен возвращать тот же тип, что подписка ${field}`);
    }
  }
  return problems;
}

/** Composes the supergraph from every subgraph's own SDL; throws with composition's errors. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = await Promise.all(
    Object.entries(subgraphDefinitions).map(async ([name, definition]) => ({
      name: name as SubgraphName,
      definition,
      schema: await definition.buildSchema(),
    })),
  );
  const problems = subgraphs.flatMap(({ name, schema, definition }) =>
    subscriptionProblems(name, schema, definition.subscriptions ?? []),
  );
  const result = composeServices(
    subgraphs.map(({ name, schema }) => ({
      name,
      url: defaultUrl(name),
      typeDefs: parse(printSubgraphSchema(schema)),
    })),
  );
  problems.push(...(result.errors ?? []).map((error) => error.message));
  if (problems.length > 0 || !result.supergraphSdl) {
    throw new Error(`Подграфы не компонуются:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  const subscriptions = Object.fromEntries(
    subgraphs.flatMap(({ name, definition }) =>
      (definition.subscriptions ?? []).map(({ field, ...rest }) => [field, { subgraph: name, ...rest }]),
    ),
  );
  return {
    supergraph: result.supergraphSdl,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
    subscriptions: `${JSON.stringify(subscriptions, null, 2)}\n`,
  };
}
