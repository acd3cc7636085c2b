import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  // The gateway's stand-in for the part of an answer whose subgraph is down.
  'SUBGRAPH_UNAVAILABLE',
]);

/** Errors with a known code pass through; anything else is logged and, in production, masked. */
export function formatErrorFor(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      if (!production) return formatted;
      // A subgraph's stack trace reaches the gateway inside extensions; it never goes further.
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: unwrapResolverError(error) }, 'unexpected error');
    if (!production) return formatted;
    return {
      message: 'Внутренняя ошибка сервиса. Повторите запрос позже.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  };
}
