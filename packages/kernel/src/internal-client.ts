import { INTERNAL_TOKEN_HEADER, INTERNAL_TOKEN_TTL_SECONDS, signInternalToken } from './internal-token';
import { anonymous, type Viewer } from './viewer';

/** A subgraph another service calls: its name (the audience of the tokens it gets) and its /graphql. */
export interface InternalTarget {
  name: string;
  url: string;
}

export interface InternalResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** The part of `fetch` an internal call needs; the gateway passes its pooled one. */
export type InternalFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<InternalResponse>;

export interface InternalAnswer<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
  /** The answer's headers (identity hands a new refresh token over in them). */
  headers: InternalResponse['headers'];
}

export interface InternalCallOptions {
  /** Whom the caller acts for; anonymous when it acts for itself. */
  viewer?: Viewer;
  /** More headers, such as the request id or the person's address. */
  headers?: Record<string, string>;
}

export interface InternalClient {
  /** The service that calls: the issuer of every token this client signs. */
  readonly caller: string;
  /** The header that vouches for a call to the target subgraph on the viewer's behalf. */
  headers(target: string, viewer?: Viewer): Promise<Record<string, string>>;
  /** Sends one GraphQL operation to the target subgraph. */
  graphql<T = Record<string, unknown>>(
    target: InternalTarget,
    query: string,
    variables?: Record<string, unknown>,
    options?: InternalCallOptions,
  ): Promise<InternalAnswer<T>>;
}

export interface InternalClientOptions {
  /** The calling service's name: `gateway`, or the subgraph's own name. */
  caller: string;
  secret: string;
  /** Global fetch with a timeout of `timeoutMs` (5 s) unless given. */
  fetch?: InternalFetch;
  timeoutMs?: number;
}

const MAX_CACHED_TOKENS = 10_000;

/**
 * How one service calls another: each call carries a token naming the caller (issuer) and the target
 * subgraph (audience) for the viewer it acts for. Tokens are reused while at least half their life remains.
 */
export function internalClient({
  caller,
  secret,
  timeoutMs = 5000,
  fetch = (url, init) => globalThis.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
}: InternalClientOptions): InternalClient {
  const cache = new Map<string, { token: string; renewAt: number }>();

  async function tokenFor(target: string, viewer: Viewer): Promise<string> {
    const key = `${target} ${JSON.stringify(viewer)}`;
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && cached.renewAt > now) return cached.token;
    const token = await signInternalToken(secret, { caller, target }, viewer);
    if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
    cache.set(key, { token, renewAt: now + (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2 });
    return token;
  }

  const headers = async (target: string, viewer: Viewer = anonymous) => ({
    [INTERNAL_TOKEN_HEADER]: await tokenFor(target, viewer),
  });

  return {
    caller,
    headers,
    async graphql<T>(
      target: InternalTarget,
      query: string,
      variables: Record<string, unknown> = {},
      options: InternalCallOptions = {},
    ): Promise<InternalAnswer<T>> {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...options.headers,
          ...(await headers(target.name, options.viewer)),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<InternalAnswer<T>, 'status' | 'headers'>;
      return { status: response.status, ...body, headers: response.headers };
    },
  };
}
