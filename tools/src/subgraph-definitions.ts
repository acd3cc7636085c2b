import type { SubgraphDefinition } from '@czn/kernel';
import { SUBGRAPHS, type SubgraphName } from '@czn/platform';

/**
 * The subgraphs' own code, for composing the supergraph and for tests that run the whole platform: each
 * manifest entry's package exports its definition under the subgraph's name.
 */
export const subgraphDefinitions = Object.fromEntries(
  SUBGRAPHS.map(({ name, package: packageName }) => [
    name,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(packageName) as Record<string, SubgraphDefinition<unknown>>)[name],
  ]),
) as Record<SubgraphName, SubgraphDefinition<unknown>>;
