import { CombinedGraphQLErrors } from '@apollo/client';

/** Why a request failed, as the server said it in Russian, and which input it blames if any. */
export interface Failure {
  message: string;
  /** `extensions.code`: BAD_USER_INPUT, CONFLICT, NOT_FOUND, FORBIDDEN…; null when the server was not reached. */
  code: string | null;
  /** `extensions.field` of a BAD_USER_INPUT: the argument to correct. */
  field: string | null;
  /** Every input a BAD_USER_INPUT blames (`extensions.problems` of a form), else the one `field` names. */
  problems: FieldProblem[];
}

/** An input the server refused, named by its field (`contactPhone`, `fields.salaryFrom`), with what to fix. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const OFFLINE_MESSAGE =
  'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.';

/** A refusal from one of the gateway's endpoints outside GraphQL (`/auth/…`), told as GraphQL errors are. */
export class EndpointRefusal extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

export function describeFailure(error: unknown): Failure {
  if (error instanceof EndpointRefusal)
    return { message: error.message, code: error.code, field: null, problems: [] };
  if (!CombinedGraphQLErrors.is(error))
    return { message: OFFLINE_MESSAGE, code: null, field: null, problems: [] };
  const [first] = error.errors;
  const message = first?.message ?? 'Сервер не смог выполнить запрос';
  const field = text(first?.extensions?.['field']);
  const listed = first?.extensions?.['problems'];
  const problems = Array.isArray(listed)
    ? listed.flatMap((problem: { field?: unknown; message?: unknown }) => {
        const named = text(problem.field);
        const said = text(problem.message);
        return named && said ? [{ field: named, message: said }] : [];
      })
    : field
      ? [{ field, message }]
      : [];
  return { message, code: text(first?.extensions?.['code']), field, problems };
}

/** Refusals that asking again will not change. */
const FINAL_CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

export const isFinal = ({ code }: Failure): boolean => code !== null && FINAL_CODES.has(code);
