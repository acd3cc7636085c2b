import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import { describeOperation, type PersonalDataAudit } from './personal-data';
import type { EntityManager } from './orm';

interface AuditedContext {
  em: EntityManager;
  personalData: PersonalDataAudit;
}

/**
 * Writes the personal data a request disclosed before its answer leaves. An answer whose reads could not be
 * written is withheld: data is never shown without a trace.
 */
export function personalDataAuditPlugin(log: Logger): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation) contextValue.personalData.graphqlOperation = describeOperation(operation);
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.personalData.writeReads(contextValue.em.fork());
          } catch (error) {
            log.error({ err: error }, 'personal data audit was not written; the answer is withheld');
            if (response.http) response.http.status = 500;
            if (response.body.kind === 'single')
              response.body.singleResult = {
                errors: [
                  {
                    message:
                      'Не удалось записать журнал доступа к персональным данным: данные не выданы, повторите запрос позже',
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              };
          }
        },
      };
    },
  };
}
