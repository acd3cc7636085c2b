import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoEsiaPersons, ESIA_DEMO_PASSWORD, type DemoEsiaPerson } from '@czn/demo';
import express, { type Request, type Response } from 'express';
import { SignJWT } from 'jose';
import { errorPage, METHODS, signInPage, type Method } from './page';
import { hmacMatches } from './signature';

export { hmacSecret } from './signature';

export const ESIA_STUB_DEFAULTS = {
  clientId: 'CZN22',
  /** The shared development secret of the HMAC stand-in for the GOST signature. */
  clientSecret: 'esia-stub-development-secret',
  port: 4010,
} as const;

export const ESIA_STUB_ISSUER = 'http://esia-stub.local/';

export interface EsiaStubOptions {
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  persons?: DemoEsiaPerson[];
  password?: string;
}

export interface RunningEsiaStub {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface PendingRequest {
  clientId: string;
  scope: string;
  state: string;
  nonce: string;
  redirectUri: string;
  expiresAt: number;
}

interface IssuedCode {
  oid: string;
  nonce: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  expiresAt: number;
}

const token = () => randomBytes(24).toString('base64url');
const digits = (value: string) => value.replace(/\D/g, '');
const TEN_MINUTES = 10 * 60 * 1000;

/** ESIA's phone shape: +7(913)1234567. */
const esiaPhone = (phone: string) => {
  const d = digits(phone);
  return `+7(${d.slice(1, 4)})${d.slice(4)}`;
};

const isMethod = (value: unknown): value is Method => METHODS.some(({ id }) => id === value);

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * An ESIA stand-in with the production endpoint shape: `/aas/oauth2/v2/ac` (sign-in page, authorization code),
 * `/aas/oauth2/v3/te` (code → access token and id_token) and `/rs/prns/{oid}` with `/docs`, `/addrs`, `/ctts`.
 * Everything is in memory; restarting forgets issued codes and tokens.
 */
export async function startEsiaStub(options: EsiaStubOptions = {}): Promise<RunningEsiaStub> {
  const clientId = options.clientId ?? ESIA_STUB_DEFAULTS.clientId;
  const clientSecret = options.clientSecret ?? ESIA_STUB_DEFAULTS.clientSecret;
  const persons = options.persons ?? demoEsiaPersons;
  const password = options.password ?? ESIA_DEMO_PASSWORD;
  const idTokenKey = new TextEncoder().encode(clientSecret);

  const requests = new Map<string, PendingRequest>();
  const codes = new Map<string, IssuedCode>();
  const accessTokens = new Map<string, { oid: string; expiresAt: number }>();

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set({
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action *",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '16kb' }));
  app.get('/health', (_req, res) => {
    res.json({ service: 'esia-stub', status: 'ok' });
  });
  app.get('/ready', (_req, res) => {
    res.json({ service: 'esia-stub', status: 'ready' });
  });

  const html = (res: Response, status: number, body: string) => res.status(status).type('html').send(body);

  const cancelUrl = (request: PendingRequest) => {
    const url = new URL(request.redirectUri);
    url.searchParams.set('error', 'access_denied');
    url.searchParams.set('error_description', 'Пользователь отказался от входа');
    url.searchParams.set('state', request.state);
    return url.toString();
  };

  const page = (res: Response, requestId: string, request: PendingRequest, method: Method, extra = {}) =>
    html(
      res,
      'error' in extra ? 401 : 200,
      signInPage({ requestId, method, cancelUrl: cancelUrl(request), persons, password, ...extra }),
    );

  // Step 1: the portal sends the browser here with a signed request; the person signs in.
  app.get('/aas/oauth2/v2/ac', (req, res) => {
    const q = req.query;
    const request: PendingRequest = {
      clientId: str(q['client_id']),
      scope: str(q['scope']),
      state: str(q['state']),
      nonce: str(q['nonce']),
      redirectUri: str(q['redirect_uri']),
      expiresAt: Date.now() + TEN_MINUTES,
    };
    const timestamp = str(q['timestamp']);
    if (request.clientId !== clientId)
      return html(res, 400, errorPage('Неизвестная информационная система (client_id).'));
    if (str(q['response_type']) !== 'code' || !request.state || !request.redirectUri || !timestamp)
      return html(
        res,
        400,
        errorPage('Неверный запрос: нет response_type=code, state, redirect_uri или timestamp.'),
      );
    const signed = request.clientId + request.scope + timestamp + request.state + request.redirectUri;
    if (!hmacMatches(clientSecret, signed, str(q['client_secret'])))
      return html(res, 400, errorPage('Подпись запроса (client_secret) неверна.'));
    const requestId = token();
    requests.set(requestId, request);
    return page(res, requestId, request, 'phone');
  });

  const pending = (req: Request, res: Response): [string, PendingRequest] | null => {
    const requestId = str(req.query['request']) || str((req.body as Record<string, unknown>)?.['request']);
    const request = requests.get(requestId);
    if (!request || request.expiresAt < Date.now()) {
      html(
        res,
        400,
        errorPage('Сеанс входа истёк. Вернитесь на портал и нажмите «Войти через Госуслуги» снова.'),
      );
      return null;
    }
    return [requestId, request];
  };

  app.get('/aas/oauth2/v2/ac/login', (req, res) => {
    const found = pending(req, res);
    if (!found) return;
    const method = isMethod(req.query['method']) ? req.query['method'] : 'phone';
    page(res, found[0], found[1], method);
  });

  app.post('/aas/oauth2/v2/ac/login', (req, res) => {
    const found = pending(req, res);
    if (!found) return;
    const [requestId, request] = found;
    const body = req.body as Record<string, unknown>;
    const method: Method = isMethod(body['method']) ? body['method'] : 'phone';
    const login = str(body['login']).trim();
    if (method === 'signature') return page(res, requestId, request, method);
    const person = persons.find((candidate) => {
      if (method === 'snils') return digits(login).length === 11 && digits(candidate.snils) === digits(login);
      if (login.includes('@')) return candidate.email.toLowerCase() === login.toLowerCase();
      const phone = digits(login).replace(/^8(?=\d{10}$)/, '7');
      return phone.length === 11 && digits(candidate.phone) === phone;
    });
    if (!person || str(body['password']) !== password) {
      const what = method === 'snils' ? 'СНИЛС' : 'телефон, почта';
      return page(res, requestId, request, method, {
        login,
        error: `Неверный ${what} или пароль. Проверьте данные и попробуйте снова.`,
      });
    }
    requests.delete(requestId);
    const code = token();
    codes.set(code, {
      oid: person.oid,
      nonce: request.nonce,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      scope: request.scope,
      expiresAt: Date.now() + TEN_MINUTES,
    });
    const back = new URL(request.redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', request.state);
    res.redirect(302, back.toString());
  });

  // Step 2: the portal's server exchanges the code for tokens.
  app.post('/aas/oauth2/v3/te', async (req, res) => {
    const body = req.body as Record<string, unknown>;
    const code = str(body['code']);
    const issued = codes.get(code);
    codes.delete(code);
    const fail = (error: string, description: string) =>
      res.status(400).json({ error, error_description: description });
    if (str(body['grant_type']) !== 'authorization_code')
      return fail('unsupported_grant_type', 'grant_type должен быть authorization_code');
    if (!issued || issued.expiresAt < Date.now())
      return fail('invalid_grant', 'Код авторизации неверен или истёк');
    if (str(body['client_id']) !== issued.clientId || str(body['redirect_uri']) !== issued.redirectUri)
      return fail('invalid_grant', 'client_id или redirect_uri не совпадают с запросом кода');
    const signed =
      str(body['client_id']) +
      str(body['scope']) +
      str(body['timestamp']) +
      str(body['state']) +
      str(body['redirect_uri']) +
      code;
    if (!hmacMatches(clientSecret, signed, str(body['client_secret'])))
      return fail('invalid_client', 'Подпись запроса (client_secret) неверна');
    const accessToken = token();
    const expiresIn = 3600;
    accessTokens.set(accessToken, { oid: issued.oid, expiresAt: Date.now() + expiresIn * 1000 });
    const person = persons.find((candidate) => candidate.oid === issued.oid)!;
    const idToken = await new SignJWT({
      nonce: issued.nonce,
      'urn:esia:sbj_id': Number(issued.oid),
      'urn:esia:sbj': {
        'urn:esia:sbj:typ': 'P',
        'urn:esia:sbj:oid': Number(issued.oid),
        'urn:esia:sbj:is:tru': person.trusted,
      },
      amr: 'PWD',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ESIA_STUB_ISSUER)
      .setAudience(issued.clientId)
      .setSubject(issued.oid)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(idTokenKey);
    res.json({
      access_token: accessToken,
      id_token: idToken,
      token_type: 'Bearer',
      expires_in: expiresIn,
      state: str(body['state']),
      refresh_token: token(),
    });
  });

  // Step 3: the person's data, to the bearer of their access token only.
  const bearerPerson = (req: Request, res: Response): DemoEsiaPerson | null => {
    const header = req.header('authorization') ?? '';
    const held = accessTokens.get(header.replace(/^Bearer\s+/i, ''));
    if (!held || held.expiresAt < Date.now()) {
      res.status(401).json({ code: 'ESIA-005011', message: 'Токен доступа неверен или истёк' });
      return null;
    }
    if (held.oid !== req.params['oid']) {
      res.status(403).json({ code: 'ESIA-005012', message: 'Нет доступа к данным этого человека' });
      return null;
    }
    return persons.find((person) => person.oid === held.oid) ?? null;
  };
  const collection = <T>(elements: T[]) => ({ stateFacts: ['hasSize'], size: elements.length, elements });

  app.get('/rs/prns/:oid', (req, res) => {
    const person = bearerPerson(req, res);
    if (!person) return;
    res.json({
      stateFacts: ['EntityRoot'],
      firstName: person.firstName,
      lastName: person.lastName,
      middleName: person.middleName,
      birthDate: person.birthDate,
      trusted: person.trusted,
      snils: person.snils,
      citizenship: 'RUS',
      status: 'REGISTERED',
      verifying: false,
    });
  });
  app.get('/rs/prns/:oid/docs', (req, res) => {
    const person = bearerPerson(req, res);
    if (!person) return;
    res.json(
      collection([
        {
          stateFacts: ['EntityRoot'],
          type: 'RF_PASSPORT',
          vrfStu: person.trusted ? 'VERIFIED' : 'NOT_VERIFIED',
          series: person.passport.series,
          number: person.passport.number,
          issueDate: person.passport.issueDate,
          issuedBy: person.passport.issuedBy,
        },
      ]),
    );
  });
  app.get('/rs/prns/:oid/addrs', (req, res) => {
    const person = bearerPerson(req, res);
    if (!person) return;
    res.json(
      collection([
        { stateFacts: ['EntityRoot'], type: 'PRG', countryId: 'RUS', addressStr: person.registrationAddress },
      ]),
    );
  });
  // Organisations the person may act for (scope usr_org).
  app.get('/rs/prns/:oid/roles', (req, res) => {
    const person = bearerPerson(req, res);
    if (!person) return;
    res.json(
      collection(
        (person.organizations ?? []).map((org) => ({
          stateFacts: ['EntityRoot'],
          oid: Number(org.oid),
          fullName: org.fullName,
          shortName: org.shortName,
          ogrn: org.ogrn,
          inn: org.inn,
          type: 'LEGAL',
          chief: org.chief,
          active: true,
        })),
      ),
    );
  });
  app.get('/rs/prns/:oid/ctts', (req, res) => {
    const person = bearerPerson(req, res);
    if (!person) return;
    res.json(
      collection([
        { stateFacts: ['EntityRoot'], type: 'MBT', vrfStu: 'VERIFIED', value: esiaPhone(person.phone) },
        { stateFacts: ['EntityRoot'], type: 'EML', vrfStu: 'VERIFIED', value: person.email },
      ]),
    );
  });

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
