import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT';

function fail(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badUserInput = (field: string, message: string) => fail('BAD_USER_INPUT', message, { field });

/** A bad input named by its field, with what to fix there. */
export interface InputProblem {
  field: string;
  message: string;
}

/**
 * Several bad inputs at once (a form): the error reads as `badUserInput` of the first, and
 * `extensions.problems` lists every one, so a form can show each message on its field.
 */
export const badUserInputs = ([first, ...rest]: [InputProblem, ...InputProblem[]]) =>
  fail('BAD_USER_INPUT', first.message, { field: first.field, problems: [first, ...rest] });
export const notFound = (message: string) => fail('NOT_FOUND', message);
export const unauthenticated = (message = 'Войдите в систему: запрос без действующего токена доступа') =>
  fail('UNAUTHENTICATED', message);
export const forbidden = (message = 'Недостаточно прав для этого действия') => fail('FORBIDDEN', message);
export const conflict = (message: string) => fail('CONFLICT', message);
