export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** Sends one GraphQL operation as a client would. */
export async function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** What a subgraph answers to callers that bypass the gateway: no token, or a forged one. */
export async function answersWithoutGatewayToken(
  url: string,
): Promise<Array<{ status: number; code: unknown }>> {
  const attempts: Array<[string, Record<string, string>]> = [
    ['{ __typename }', {}],
    ['{ _service { sdl } }', {}],
    ['{ _entities(representations: []) { __typename } }', {}],
    ['{ _service { sdl } }', { 'x-internal-token': 'forged' }],
  ];
  return Promise.all(
    attempts.map(async ([query, headers]) => {
      const response = await graphqlRequest(url, query, {}, headers);
      return { status: response.status, code: response.errors?.[0]?.extensions?.['code'] };
    }),
  );
}
