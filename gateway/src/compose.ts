import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphDefinitions } from './subgraph-definitions';
import { DEFAULT_SUBGRAPH_URLS, type SubgraphName } from './subgraphs';

/** Composes the supergraph from every subgraph's own SDL; throws with composition's errors. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    Object.entries(subgraphDefinitions).map(async ([name, definition]) => ({
      name,
      url: DEFAULT_SUBGRAPH_URLS[name as SubgraphName],
      typeDefs: parse(printSubgraphSchema(await definition.buildSchema())),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Подграфы не компонуются:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
