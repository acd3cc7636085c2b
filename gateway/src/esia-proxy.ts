import type { InternalClient, InternalTarget } from '@czn/kernel';
import type { Request, Response, Router } from 'express';
import express from 'express';

/** Answer headers identity's ESIA routes set that the browser must get. */
const PASSED_BACK = ['location', 'set-cookie', 'cache-control', 'referrer-policy', 'content-type'];

/**
 * `GET /auth/esia/start` and `/auth/esia/callback`: the browser's part of signing in through Gosuslugi,
 * passed to identity (the web apps and nginx pass `/auth/` here). Redirects are returned, not followed.
 */
export function esiaProxy(identity: InternalTarget, internal: InternalClient): Router {
  const origin = new URL(identity.url).origin;
  const router = express.Router();
  router.get(['/start', '/callback'], async (req: Request, res: Response) => {
    const headers: Record<string, string> = {
      ...(await internal.headers(identity.name)),
      'x-forwarded-proto': req.header('x-forwarded-proto') ?? req.protocol,
      'x-forwarded-host': req.header('x-forwarded-host') ?? req.header('host') ?? '',
    };
    const cookie = req.header('cookie');
    if (cookie) headers['cookie'] = cookie;
    let answer: globalThis.Response;
    try {
      answer = await fetch(`${origin}/auth/esia${req.url}`, {
        redirect: 'manual',
        headers,
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      res
        .status(502)
        .type('text/plain; charset=utf-8')
        .send('Служба входа недоступна. Попробуйте войти через несколько минут.');
      return;
    }
    res.status(answer.status);
    for (const name of PASSED_BACK) {
      if (name === 'set-cookie') {
        const cookies = answer.headers.getSetCookie();
        if (cookies.length) res.setHeader('set-cookie', cookies);
      } else {
        const value = answer.headers.get(name);
        if (value) res.setHeader(name, value);
      }
    }
    res.send(Buffer.from(await answer.arrayBuffer()));
  });
  return router;
}
