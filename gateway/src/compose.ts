import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { subgraphDefinitions } from './subgraph-definitions';
import { DEFAULT_SUBGRAPH_URLS, type SubgraphName } from './subgraphs';

export interface Composition {
  /** What the gateway plans queries with. */
  supergraphSdl: string;
  /** The schema clients see: what the web apps generate their typed operations from. */
  apiSchemaSdl: string;
}

/** Composes the supergraph from every subgraph's own SDL; throws with composition's errors. */
export async function composeSupergraph(): Promise<Composition> {
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
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}
