import { eventBusConfigShape, loadConfigOrExit, subgraphConfigShape } from '@czn/kernel';
import { z } from 'zod';

const seconds = (min: number, max: number, fallback: number, why = '') =>
  z.coerce
    .number({ error: 'должен быть числом секунд' })
    .int('должен быть целым числом секунд')
    .min(min, `не меньше ${min} секунд`)
    .max(max, `не больше ${max} секунд${why}`)
    .default(fallback);

const count = (fallback: number) =>
  z.coerce
    .number({ error: 'должен быть числом' })
    .int('должен быть целым числом')
    .min(1, 'не меньше 1')
    .max(1000, 'не больше 1000')
    .default(fallback);

export const configShape = {
  ...subgraphConfigShape('identity'),
  /** With Redis the sign-in limiter keeps its counters there; otherwise in PostgreSQL. */
  REDIS_URL: eventBusConfigShape.REDIS_URL,
  ACCESS_TOKEN_TTL_SECONDS: seconds(60, 3600, 900, ': токен доступа должен быть коротким'),
  REFRESH_TOKEN_TTL_SECONDS: seconds(300, 30 * 24 * 3600, 12 * 3600),
  /** A session ends this long after its sign-in however often it is refreshed; then the person signs in again. */
  SESSION_MAX_SECONDS: seconds(
    3600,
    90 * 24 * 3600,
    7 * 24 * 3600,
    ': сеанс без повторного входа не длится дольше 90 дней',
  ),
  SIGNING_KEY_ROTATION_SECONDS: seconds(3600, 365 * 24 * 3600, 30 * 24 * 3600),
  SIGN_IN_MAX_FAILURES: count(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: count(20),
  SIGN_IN_WINDOW_SECONDS: seconds(10, 24 * 3600, 900),
  SIGN_IN_LOCK_SECONDS: seconds(10, 24 * 3600, 900),
  /** SMTP for e-mail (smtp://user:pass@host:587 or smtps://…); without it a development mailbox keeps them. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'должен начинаться с smtp:// или smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Служба занятости населения <no-reply@czn.example.ru>'),
  /** web-employer's public address: activation e-mails link to <EMPLOYER_APP_URL>/activate?code=…, unlock e-mails to /signin?unlock=… */
  EMPLOYER_APP_URL: z.url({ error: 'должен быть адресом вида https://…' }).default('http://localhost:3001'),
  /** web-staff's public address: unlock e-mails to staff and partners link to <STAFF_APP_URL>/signin?unlock=… */
  STAFF_APP_URL: z.url({ error: 'должен быть адресом вида https://…' }).default('http://localhost:3002'),
  /** ESIA (Gosuslugi): https://esia.gosuslugi.ru in production; the stub of esia-stub/ by default. */
  ESIA_BASE_URL: z
    .url({ error: 'должен быть адресом вида https://esia.gosuslugi.ru' })
    .default('http://localhost:4010'),
  /** ESIA as the browser reaches it, when not at ESIA_BASE_URL (the stub inside Docker Compose). */
  ESIA_BROWSER_URL: z.url({ error: 'должен быть адресом вида http://localhost:4010' }).optional(),
  /** The portal's mnemonic registered at ESIA. */
  ESIA_CLIENT_ID: z.string().min(1, 'не может быть пустым').default('CZN22'),
  /** The HMAC secret shared with the stub; real ESIA needs a GOST signer instead (README, «Вход через Госуслуги»). */
  ESIA_CLIENT_SECRET: z.string().min(8, 'не короче 8 символов').default('esia-stub-development-secret'),
  /** The citizen app's /auth/esia/callback, e.g. https://czn.example.ru/auth/esia/callback; required in production. */
  ESIA_REDIRECT_URI: z.url({ error: 'должен быть адресом вида https://…/auth/esia/callback' }).optional(),
  /** The employer app's /auth/esia/callback, for representatives signing in through Gosuslugi. */
  ESIA_EMPLOYER_REDIRECT_URI: z
    .url({ error: 'должен быть адресом вида https://…/auth/esia/callback' })
    .optional(),
  ESIA_SCOPE: z.string().default('openid fullname birthdate snils id_doc addresses contacts'),
};

export const loadConfig = () =>
  loadConfigOrExit('identity', configShape, process.env, (config) =>
    config.NODE_ENV === 'production' && !config.SMTP_URL
      ? ['SMTP_URL: обязателен в рабочей среде: без него письма с кодами активации не уйдут']
      : [],
  );
