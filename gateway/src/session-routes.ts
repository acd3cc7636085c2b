import { type InternalAnswer, type InternalClient, type InternalTarget } from '@czn/kernel';
import express, { type Request, type Response, type Router } from 'express';
import { clientHeaders, clientOf } from './client-address';
import { REFRESH_TOKEN_EXPIRES_HEADER, REFRESH_TOKEN_HEADER } from './subgraph-calls';

/** The refresh token's cookie: sent by the browser only to `/auth/session/…`, never readable by scripts. */
export const REFRESH_COOKIE = 'czn_refresh';
export const REFRESH_COOKIE_PATH = '/auth/session';

export interface RefreshCookieOptions {
  /** `Secure` (HTTPS only): from the configuration (production), never from the request. */
  secure: boolean;
}

export function refreshCookie(token: string, expiresAt: Date, { secure }: RefreshCookieOptions): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${REFRESH_COOKIE}=${token}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
    `Expires=${expiresAt.toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

const clearedCookie = ({ secure }: RefreshCookieOptions) =>
  [
    `${REFRESH_COOKIE}=`,
    `Path=${REFRESH_COOKIE_PATH}`,
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');

export function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

const REFRESH = `mutation($token: String!, $userId: ID) {
  refreshSession(refreshToken: $token, userId: $userId) { accessToken expiresAt }
}`;
const END = 'mutation($token: String!) { endSession(refreshToken: $token) }';

/**
 * `POST /auth/session/refresh` and `POST /auth/session/sign-out`: the browser's part of a session. The
 * refresh token travels only in the httpOnly cookie; the gateway exchanges it with identity (calls no
 * client may make: they are `@inaccessible`) and sets the next one. Both need `content-type:
 * application/json`, which a cross-site form cannot send, on top of the cookie's SameSite=Strict.
 */
export function sessionRoutes(
  identity: InternalTarget,
  internal: InternalClient,
  cookie: RefreshCookieOptions,
): Router {
  const router = express.Router();

  function callIdentity(
    req: Request,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<InternalAnswer<Record<string, unknown>>> {
    return internal.graphql(identity, query, variables, { headers: clientHeaders(clientOf(req)) });
  }

  const refuse = (res: Response, status: number, code: string, message: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code } }] });

  router.use(express.json({ limit: '4kb' }), (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    if (req.method !== 'POST' || !req.is('application/json')) {
      refuse(res, 400, 'BAD_REQUEST', 'Отправьте POST с content-type: application/json');
      return;
    }
    next();
  });

  router.post('/refresh', async (req, res) => {
    const token = cookieValue(req, REFRESH_COOKIE);
    if (!token) {
      refuse(res, 401, 'UNAUTHENTICATED', 'Сеанс не продлить: войдите снова.');
      return;
    }
    const userId = typeof req.body?.userId === 'string' ? req.body.userId : null;
    let answer: InternalAnswer<Record<string, unknown>>;
    try {
      answer = await callIdentity(req, REFRESH, { token, userId });
    } catch {
      refuse(res, 503, 'UNAVAILABLE', 'Служба входа недоступна. Повторите через минуту.');
      return;
    }
    const result = answer.data?.['refreshSession'] as { accessToken: string; expiresAt: string } | undefined;
    const refreshToken = answer.headers.get(REFRESH_TOKEN_HEADER);
    const refreshExpires = answer.headers.get(REFRESH_TOKEN_EXPIRES_HEADER);
    if (!result || !refreshToken || !refreshExpires) {
      const error = answer.errors?.[0];
      if (error?.extensions?.code === 'UNAUTHENTICATED') res.setHeader('set-cookie', clearedCookie(cookie));
      refuse(
        res,
        error?.extensions?.code === 'UNAUTHENTICATED' ? 401 : 503,
        error?.extensions?.code ?? 'UNAVAILABLE',
        error?.message ?? 'Служба входа недоступна. Повторите через минуту.',
      );
      return;
    }
    res.setHeader('set-cookie', refreshCookie(refreshToken, new Date(refreshExpires), cookie));
    res.json(result);
  });

  router.post('/sign-out', async (req, res) => {
    const token = cookieValue(req, REFRESH_COOKIE);
    if (token) {
      try {
        await callIdentity(req, END, { token });
      } catch {
        refuse(
          res,
          503,
          'UNAVAILABLE',
          'Не удалось завершить сеанс: служба входа недоступна. Повторите через минуту.',
        );
        return;
      }
    }
    res.setHeader('set-cookie', clearedCookie(cookie));
    res.status(204).end();
  });

  return router;
}
