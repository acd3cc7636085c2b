import { CombinedGraphQLErrors } from '@apollo/client';

const OFFLINE = 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.';

/** Refusals that asking again will not change. */
const FINAL_CODES: ReadonlySet<unknown> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

/** What to tell the person about a failed request: the server's words, or that it was not reached. */
export function explainFailure(error: Error): { reason: Error; retryable: boolean } {
  if (!CombinedGraphQLErrors.is(error)) return { reason: new Error(OFFLINE), retryable: true };
  const [first] = error.errors;
  return {
    reason: new Error(first?.message ?? 'Сервер не смог выполнить запрос'),
    retryable: !FINAL_CODES.has(first?.extensions?.['code']),
  };
}
