import { composeServices } from '@apollo/composition';
import { citizen } from '@czn/citizen';
import { employer } from '@czn/employer';
import { identity } from '@czn/identity';
import { routing } from '@czn/routing';
import { scheduling } from '@czn/scheduling';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const definitions = { identity, citizen, employer, scheduling, routing };
const DEFAULT_PORTS = { identity: 4001, citizen: 4002, employer: 4003, scheduling: 4004, routing: 4005 };

/** Composes the supergraph from every subgraph's own SDL; throws with composition's errors. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    Object.entries(definitions).map(async ([name, definition]) => ({
      name,
      url: `http://localhost:${DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS]}/graphql`,
      typeDefs: parse(printSubgraphSchema(await definition.buildSchema())),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Подграфы не компонуются:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
