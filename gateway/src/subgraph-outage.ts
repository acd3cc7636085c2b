import type { GraphQLFormattedError } from 'graphql';
import type { SubgraphName } from './subgraphs';

/** The code of the error that stands in for a subgraph's part of an answer while that subgraph is down. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** What a person misses while a subgraph is down, as the apps' notice says it. */
export const missingWhileDown: Record<SubgraphName, string> = {
  identity: 'Сведения о пользователях и организациях временно недоступны',
  citizen: 'Сведения об обращениях граждан временно недоступны',
  employer: 'Сведения о вакансиях временно недоступны',
  scheduling: 'Сведения о центре занятости временно недоступны',
  routing: 'Сведения о жизненных ситуациях и направлениях в ведомства временно недоступны',
};

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
  message: `${missingWhileDown[subgraph]}. Повторите запрос через минуту.`,
  extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph },
});
