import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';

/** One JSON log line per operation, carrying the request id the gateway passed on. */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errors: errors?.length ?? 0,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
