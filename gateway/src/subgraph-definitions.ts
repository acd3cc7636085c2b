import { citizen } from '@czn/citizen';
import { employer } from '@czn/employer';
import { identity } from '@czn/identity';
import type { SubgraphDefinition } from '@czn/kernel';
import { routing } from '@czn/routing';
import { scheduling } from '@czn/scheduling';
import type { SubgraphName } from './subgraphs';

/** The subgraphs' own code, for composing the supergraph and for tests that run the whole platform. */
export const subgraphDefinitions = {
  identity,
  citizen,
  employer,
  scheduling,
  routing,
} as Record<SubgraphName, SubgraphDefinition<unknown>>;
