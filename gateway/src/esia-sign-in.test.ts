import { ESIA_DEMO_PASSWORD } from '@czn/demo';
import { startEsiaStub, type RunningEsiaStub } from '@czn/esia-stub';
import { createIdentitySubgraph, developmentEsiaSettings } from '@czn/identity';
import { requestFrom, type Answer } from './test/from-address';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

const ATTEMPTS_PER_ADDRESS = 5;

let stub: RunningEsiaStub;
let stack: Stack;

beforeAll(async () => {
  stub = await startEsiaStub();
  stack = await startStack({
    definitions: {
      identity: createIdentitySubgraph({
        accessTokenTtlSeconds: 900,
        esia: developmentEsiaSettings({ baseUrl: stub.url }),
        esiaAttemptsPerAddress: ATTEMPTS_PER_ADDRESS,
      }),
    },
  });
}, STACK_START_TIMEOUT_MS);

afterAll(async () => {
  await stack?.stop();
  await stub?.stop();
});

/** A browser on its own address: keeps the cookies the gateway sets and sends them back. */
class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly address: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.keep(await requestFrom(this.address, url, { headers: { ...headers, ...this.sent() } }));
  }

  async postJson(url: string, body: unknown): Promise<Answer> {
    return this.keep(
      await requestFrom(this.address, url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.sent() },
        body: JSON.stringify(body),
      }),
    );
  }

  private sent(): Record<string, string> {
    const pairs = [...this.cookies].map(([name, value]) => `${name}=${value}`);
    return pairs.length ? { cookie: pairs.join('; ') } : {};
  }

  private keep(answer: Answer): Answer {
    for (const line of answer.headers['set-cookie'] ?? []) {
      const [pair = ''] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    return answer;
  }
}

const gateway = () => new URL(stack.gateway.url).origin;

/** Starts at the gateway, signs in on the stub's page as Ivanov, comes back: the code of /signin/esia#code=…. */
async function throughGosuslugi(browser: Browser): Promise<string> {
  const start = await browser.get(`${gateway()}/auth/esia/start`);
  expect(start.status).toBe(302);
  const page = await (await fetch(start.headers.location!)).text();
  const request = /name="request" value="([^"]+)"/.exec(page)![1]!;
  const signedIn = await fetch(`${stub.url}/aas/oauth2/v2/ac/login`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      request,
      method: 'phone',
      login: '+7 913 123-45-67',
      password: ESIA_DEMO_PASSWORD,
    }),
  });
  const back = signedIn.headers.get('location')!;
  expect(back.startsWith(`${gateway()}/auth/esia/callback?`)).toBe(true);
  const callback = await browser.get(back);
  expect(callback.status).toBe(302);
  const landing = callback.headers.location!;
  expect(landing).toMatch(/^\/signin\/esia#code=/);
  return decodeURIComponent(landing.split('#code=')[1]!);
}

const complete = (browser: Browser, code: string) =>
  browser.postJson(`${gateway()}/auth/esia/complete`, { code });

const OTHER_BROWSER = /^Вход через Госуслуги начат не в этом браузере/;

test('the one-time code signs in only the browser that started: a link with it signs no one else in', async () => {
  const attacker = new Browser('127.0.0.41');
  const code = await throughGosuslugi(attacker);

  // The victim opens /signin/esia#code=… with the attacker's code: without a sign-in of their own …
  const victim = new Browser('127.0.0.42');
  const refused = await complete(victim, code);
  expect(refused.status).toBe(401);
  expect(refused.json().errors[0].message).toMatch(OTHER_BROWSER);
  // … or in the middle of their own.
  await victim.get(`${gateway()}/auth/esia/start`);
  expect(victim.cookie('czn_esia_attempt')).toBeDefined();
  const alsoRefused = await complete(victim, code);
  expect(alsoRefused.json().errors[0].message).toMatch(OTHER_BROWSER);
  expect(alsoRefused.headers['set-cookie']?.join()).not.toContain('czn_refresh=');

  const accepted = await complete(attacker, code);
  expect(accepted.status).toBe(200);
  expect(accepted.json()).toMatchObject({ user: { fullName: 'Иванов Иван Иванович', roles: ['CITIZEN'] } });
  expect(attacker.cookie('czn_refresh')).toBeDefined();
  expect(attacker.cookie('czn_esia_attempt')).toBeUndefined();
});

test('the attempt cookie is Secure by the gateway’s configuration, never by the client’s X-Forwarded-Proto', async () => {
  const forged = await new Browser('127.0.0.43').get(`${gateway()}/auth/esia/start`, {
    'x-forwarded-proto': 'https',
  });
  expect(forged.status).toBe(302);
  expect(forged.headers['set-cookie']?.[0]).not.toMatch(/;\s*Secure/i);

  const production = await stack.startAnotherGateway({ NODE_ENV: 'production' });
  const secure = await new Browser('127.0.0.44').get(`${new URL(production.url).origin}/auth/esia/start`);
  expect(secure.status).toBe(302);
  expect(secure.headers['set-cookie']?.[0]).toMatch(/;\s*Secure/i);
});

test('anonymous starts and returns are limited per address, and expired attempts are deleted', async () => {
  const sql = (query: string) => stack.subgraphs.identity.orm.em.fork().getConnection().execute(query);
  await sql(`insert into identity.esia_sign_in (id, state, nonce, redirect_uri, created_at)
             values (gen_random_uuid(), 'old', 'old', 'old', now() - interval '1 hour')`);

  const starts = new Browser('127.0.0.45');
  const started: number[] = [];
  for (let i = 0; i <= ATTEMPTS_PER_ADDRESS; i++)
    started.push((await starts.get(`${gateway()}/auth/esia/start`)).status);
  expect(started).toEqual([...Array<number>(ATTEMPTS_PER_ADDRESS).fill(302), 429]);
  const refused = await starts.get(`${gateway()}/auth/esia/start`);
  expect(refused.text).toMatch(
    /^Слишком много попыток входа через Госуслуги с вашего адреса\. Попробуйте снова после \d\d:\d\d\.$/,
  );
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(await sql(`select count(*)::int as old from identity.esia_sign_in where state = 'old'`)).toEqual([
    { old: 0 },
  ]);

  // Returns from Gosuslugi that match no attempt each store a refusal: limited the same way.
  const returns: number[] = [];
  for (let i = 0; i <= ATTEMPTS_PER_ADDRESS; i++)
    returns.push(
      (await requestFrom('127.0.0.46', `${gateway()}/auth/esia/callback?code=x&state=forged`)).status,
    );
  expect(returns).toEqual([...Array<number>(ATTEMPTS_PER_ADDRESS).fill(302), 429]);
});
