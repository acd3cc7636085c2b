import type { Orm } from '@czn/kernel';
import type { Express, Request, Response } from 'express';
import type { EsiaSignIns } from './esia-sign-in.service';

const COOKIE = 'czn_esia_attempt';
const COOKIE_PATH = '/auth/esia';
/** The citizen app's page that exchanges the one-time code (in the fragment: never sent to a server). */
export const LANDING = '/signin/esia';

function cookie(req: Request, name: string): string | null {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

const secure = (req: Request) => req.header('x-forwarded-proto') === 'https' || req.protocol === 'https';

/** The callback's address when none is configured: the origin the browser used, through the proxies. */
function callbackFromRequest(req: Request): string {
  const proto = (req.header('x-forwarded-proto') ?? req.protocol).split(',')[0]!.trim();
  const host = (req.header('x-forwarded-host') ?? req.header('host') ?? '').split(',')[0]!.trim();
  return `${proto}://${host}${COOKIE_PATH}/callback`;
}

/**
 * `GET /auth/esia/start` (`?as=employer` for an employer's representative) sends the browser to ESIA;
 * `GET /auth/esia/callback` takes it back and lands it in the app it came from at /signin/esia#code=…
 * Both are reached through the gateway at the app's own origin.
 */
export function esiaRoutes(app: Express, orm: Orm, signIns: EsiaSignIns, production: boolean): void {
  app.get(`${COOKIE_PATH}/start`, async (req: Request, res: Response) => {
    const audience = req.query['as'] === 'employer' ? 'employer' : 'citizen';
    const { settings } = signIns.client;
    const configured =
      (audience === 'employer' ? settings.employerRedirectUri : settings.redirectUri) ?? null;
    if (!configured && production) {
      res.status(503).type('text/plain; charset=utf-8');
      res.send(
        `Вход через Госуслуги не настроен: задайте ${audience === 'employer' ? 'ESIA_EMPLOYER_REDIRECT_URI' : 'ESIA_REDIRECT_URI'} (см. README).`,
      );
      return;
    }
    const { attemptId, location } = await signIns.start(
      orm.em.fork(),
      configured ?? callbackFromRequest(req),
      audience,
    );
    res.cookie(COOKIE, attemptId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(req),
      path: COOKIE_PATH,
      maxAge: 10 * 60 * 1000,
    });
    res.set('cache-control', 'no-store').redirect(302, location);
  });

  app.get(`${COOKIE_PATH}/callback`, async (req: Request, res: Response) => {
    const text = (name: string) =>
      typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
    const code = await signIns.finish(orm.em.fork(), cookie(req, COOKIE), {
      code: text('code'),
      state: text('state'),
      error: text('error'),
    });
    res.clearCookie(COOKIE, { path: COOKIE_PATH });
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    res.redirect(302, `${LANDING}#code=${encodeURIComponent(code)}`);
  });
}
