import type { InternalAnswer, InternalClient, InternalTarget } from '@czn/kernel';
import express, { type Request, type Response, type Router } from 'express';
import { clientHeaders, clientOf } from './client-address';
import { cookieValue, refreshCookie, type RefreshCookieOptions } from './session-routes';
import { REFRESH_TOKEN_EXPIRES_HEADER, REFRESH_TOKEN_HEADER } from './subgraph-calls';

/** The browser's sign-in attempt: its id binds ESIA's answer and the one-time code to this browser. */
export const ESIA_ATTEMPT_COOKIE = 'czn_esia_attempt';
const ESIA_PATH = '/auth/esia';
/** As long as identity keeps an attempt: ten minutes at ESIA, then the exchange of the one-time code. */
const ATTEMPT_COOKIE_SECONDS = 12 * 60;
/** The apps' page that exchanges the one-time code (in the fragment: never sent to a server). */
const LANDING = '/signin/esia';

const START = `mutation($employer: Boolean!, $callbackUrl: String!) {
  startEsiaSignIn(employer: $employer, callbackUrl: $callbackUrl) { attempt location }
}`;
const FINISH = `mutation($attempt: String, $code: String, $state: String, $error: String) {
  finishEsiaSignIn(attempt: $attempt, code: $code, state: $state, error: $error)
}`;
const COMPLETE = `mutation($code: String!, $attempt: String) {
  completeEsiaSignIn(code: $code, attempt: $attempt) {
    accessToken
    expiresAt
    user { id fullName roles jobCenterId }
  }
}`;

const UNAVAILABLE = 'Служба входа недоступна. Попробуйте войти через несколько минут.';

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
};

interface Refusal {
  status: number;
  code: string;
  message: string;
  retryAfter: string | null;
}

function refusalOf(answer: InternalAnswer<Record<string, unknown>> | null): Refusal {
  const error = answer?.errors?.[0];
  const code = typeof error?.extensions?.['code'] === 'string' ? error.extensions['code'] : 'UNAVAILABLE';
  const retryAfter = error?.extensions?.['retryAfter'];
  return {
    status: STATUS_OF[code] ?? 503,
    code,
    message: error?.message ?? UNAVAILABLE,
    retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
  };
}

const attemptCookie = (value: string, maxAge: number, { secure }: RefreshCookieOptions) =>
  [
    `${ESIA_ATTEMPT_COOKIE}=${value}`,
    `Path=${ESIA_PATH}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    // Lax: ESIA sends the browser back with a top-level GET from its own site.
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');

/**
 * `GET /auth/esia/start` (`?as=employer` for an employer's representative) sends the browser to ESIA and keeps
 * the attempt in a cookie; `GET /auth/esia/callback` takes it back to the app's /signin/esia#code=…; the app
 * then `POST`s the code to `/auth/esia/complete`, which exchanges it for a session only with the cookie of the
 * browser that started. Each passes the cookie to identity as `/auth/session` passes the refresh cookie.
 */
export function esiaRoutes(
  identity: InternalTarget,
  internal: InternalClient,
  cookie: RefreshCookieOptions,
): Router {
  const router = express.Router();

  async function callIdentity(req: Request, query: string, variables: Record<string, unknown>) {
    try {
      return await internal.graphql(identity, query, variables, { headers: clientHeaders(clientOf(req)) });
    } catch {
      return null;
    }
  }

  /** A refusal on a page the browser navigated to: plain text, with Retry-After when there is a time. */
  function refusePage(res: Response, refusal: Refusal) {
    if (refusal.retryAfter) {
      const seconds = Math.ceil((Date.parse(refusal.retryAfter) - Date.now()) / 1000);
      res.setHeader('retry-after', String(Math.max(1, seconds)));
    }
    res.status(refusal.status).type('text/plain; charset=utf-8').send(refusal.message);
  }

  router.use((_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });

  router.get('/start', async (req, res) => {
    // req.protocol and req.host believe X-Forwarded-Proto/Host only from the trusted proxies.
    const callbackUrl = `${req.protocol}://${req.host}${ESIA_PATH}/callback`;
    const answer = await callIdentity(req, START, { employer: req.query['as'] === 'employer', callbackUrl });
    const started = answer?.data?.['startEsiaSignIn'] as { attempt: string; location: string } | undefined;
    if (!started) {
      refusePage(res, refusalOf(answer));
      return;
    }
    res.setHeader('set-cookie', attemptCookie(started.attempt, ATTEMPT_COOKIE_SECONDS, cookie));
    res.redirect(302, started.location);
  });

  router.get('/callback', async (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : null);
    const attempt = cookieValue(req, ESIA_ATTEMPT_COOKIE);
    const answer = await callIdentity(req, FINISH, {
      attempt,
      code: text('code'),
      state: text('state'),
      error: text('error'),
    });
    const code = answer?.data?.['finishEsiaSignIn'];
    if (typeof code !== 'string') {
      refusePage(res, refusalOf(answer));
      return;
    }
    // The cookie lives on for the exchange of the code, which only this browser may make.
    if (attempt) res.setHeader('set-cookie', attemptCookie(attempt, ATTEMPT_COOKIE_SECONDS, cookie));
    res.setHeader('referrer-policy', 'no-referrer');
    res.redirect(302, `${LANDING}#code=${encodeURIComponent(code)}`);
  });

  router.post('/complete', express.json({ limit: '4kb' }), async (req, res) => {
    const code: unknown = req.body?.code;
    if (!req.is('application/json') || typeof code !== 'string') {
      res.status(400).json({
        errors: [
          {
            message: 'Отправьте POST с content-type: application/json и кодом входа: {"code": "…"}',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    const answer = await callIdentity(req, COMPLETE, {
      code,
      attempt: cookieValue(req, ESIA_ATTEMPT_COOKIE),
    });
    const result = answer?.data?.['completeEsiaSignIn'];
    const refreshToken = answer?.headers.get(REFRESH_TOKEN_HEADER);
    const refreshExpires = answer?.headers.get(REFRESH_TOKEN_EXPIRES_HEADER);
    if (!result || !refreshToken || !refreshExpires) {
      const refusal = refusalOf(answer);
      if (refusal.status !== 503) res.setHeader('set-cookie', attemptCookie('', 0, cookie));
      res
        .status(refusal.status)
        .json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      return;
    }
    res.setHeader('set-cookie', [
      attemptCookie('', 0, cookie),
      refreshCookie(refreshToken, new Date(refreshExpires), cookie),
    ]);
    res.json(result);
  });

  return router;
}
