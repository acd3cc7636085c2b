import type { GraphQLFormattedError } from 'graphql';
import { subgraph as manifestEntry, type SubgraphName } from '@czn/platform';

/** The code of the error that stands in for a subgraph's part of an answer while that subgraph is down. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** A subgraph did not answer in time, refused the connection, said it is unavailable, or its breaker is open. */
export class SubgraphUnavailableError extends Error {
  constructor(
    readonly subgraph: SubgraphName,
    cause: unknown,
  ) {
    super(`${subgraph} subgraph unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'SubgraphUnavailableError';
  }
}

/** The error the client gets in place of the subgraph's part; the rest of the answer still arrives. */
export const outageError = (subgraph: SubgraphName): GraphQLFormattedError => ({
  message: `${manifestEntry(subgraph).unavailable}. Повторите запрос через минуту.`,
  extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph },
});
