import { randomInt } from 'node:crypto';
import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { anonymous } from '@czn/kernel';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../../subgraph';
import { MailboxMessage } from '../mail/mailbox-message.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const registrar = signedIn(
  demoUserIds.operatorBarnaul,
  ['REGISTRAR', 'CAREER_CONSULTANT'],
  demoJobCenterIds.barnaul,
);
const consultant = signedIn(demoUserIds.operatorBiysk, ['CAREER_CONSULTANT'], demoJobCenterIds.biysk);
const citizen = signedIn(demoUserIds.ivanov, ['CITIZEN']);

/** A fresh legal entity's INN and OGRN with valid check digits, so that tests never collide. */
function newNumbers() {
  const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
  const innBody = `22${digits(7)}`;
  const innCheck =
    ([2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((sum, w, i) => sum + w * Number(innBody[i]), 0) % 11) % 10;
  const ogrnBody = `1${digits(2)}22${digits(7)}`;
  const inn = `${innBody}${innCheck}`;
  return { inn, kpp: `${inn.slice(0, 4)}01001`, ogrn: `${ogrnBody}${Number(BigInt(ogrnBody) % 11n) % 10}` };
}

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) {
    organization { id shortName inn }
    representative { id fullName email roles }
    expiresAt
    emailSent
  }
}`;
const STATUS = `query($code: String!) { activationStatus(code: $code) { state message organizationName fullName expiresAt } }`;
const ACTIVATE = `mutation($code: String!, $login: String!, $password: String!) {
  activateEmployer(code: $code, login: $login, password: $password) { login organizationName }
}`;
const RESEND = `mutation($userId: ID!) { resendActivation(userId: $userId) { expiresAt emailSent representative { id } } }`;

const input = (overrides: Record<string, unknown> = {}) => {
  const n = newNumbers();
  return {
    name: `Общество с ограниченной ответственностью «Тест ${n.inn}»`,
    shortName: `ООО «Тест ${n.inn}»`,
    ...n,
    representativeFullName: 'Орлова Мария Ивановна',
    representativeEmail: `orlova.${n.inn}@example.ru`,
    ...overrides,
  };
};

/** The last message the development mailbox kept for this address, and the code in it. */
async function lastMail(to: string) {
  const [message] = await harness.running.orm.em
    .fork()
    .find(MailboxMessage, { recipient: to }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  if (!message) throw new Error(`no mail to ${to}`);
  const code = /введите код активации вручную: (\S+)/.exec(message.body)?.[1];
  return { message, code: code! };
}

async function register(overrides: Record<string, unknown> = {}) {
  const data = input(overrides);
  const response = await harness.request(registrar, REGISTER, { input: data });
  expect(response.errors).toBeUndefined();
  const { code, message } = await lastMail(data.representativeEmail);
  return { input: data, result: response.data!['registerOrganization'], code, message };
}

test('a registrar registers an organisation and its representative; the mailbox keeps the e-mail with the code', async () => {
  const { input: sent, result, code, message } = await register();
  expect(result).toMatchObject({
    organization: { shortName: sent.shortName, inn: sent.inn },
    representative: {
      fullName: 'Орлова Мария Ивановна',
      email: sent.representativeEmail,
      roles: ['EMPLOYER'],
    },
    emailSent: true,
  });
  const days = (Date.parse(result.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29.9);
  expect(days).toBeLessThanOrEqual(30);
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(message.subject).toBe('Активация личного кабинета работодателя на портале службы занятости');
  expect(message.body).toContain(`http://localhost:3001/activate?code=${code}`);
  expect(message.body).toContain('Здравствуйте, Орлова Мария Ивановна!');
  expect(message.body).toContain(`ИНН ${sent.inn}`);

  const rows = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute(`select code_hash from identity.activation_code where user_id = ?`, [result.representative.id]);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(rows)).not.toContain(code.replace(/-/g, ''));

  const page = await fetch(`http://127.0.0.1:${harness.running.port}/dev/mailbox`);
  expect(page.headers.get('content-type')).toContain('text/html');
  const html = await page.text();
  expect(html).toContain('Почта (разработка)');
  expect(html).toContain(code);
});

test('citizens and staff without a registering role are refused; a wrong INN says what to fix', async () => {
  const byCitizen = await harness.request(citizen, REGISTER, { input: input() });
  expect(byCitizen.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  const byConsultant = await harness.request(consultant, REGISTER, { input: input() });
  expect(byConsultant.errors?.[0]).toMatchObject({
    message:
      'Регистрировать работодателей могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
    extensions: { code: 'FORBIDDEN' },
  });
  const byAnonymous = await harness.request(anonymous, REGISTER, { input: input() });
  expect(byAnonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

  const good = input();
  const wrongInn = `${good.inn.slice(0, 9)}${(Number(good.inn[9]) + 1) % 10}`;
  const refused = await harness.request(registrar, REGISTER, { input: { ...good, inn: wrongInn } });
  expect(refused.errors?.[0]).toMatchObject({
    message: 'ИНН не прошёл проверку контрольной цифры: сверьте его со свидетельством о постановке на учёт',
    extensions: { code: 'BAD_USER_INPUT', field: 'inn' },
  });
  const noEmail = await harness.request(registrar, REGISTER, {
    input: input({ representativeEmail: 'orlova' }),
  });
  expect(noEmail.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'representativeEmail',
  });
});

test('the same INN and KPP cannot be registered twice', async () => {
  const { input: first } = await register();
  const again = await harness.request(registrar, REGISTER, {
    input: { ...first, representativeEmail: 'x@example.ru' },
  });
  expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(again.errors?.[0]?.message).toContain('уже зарегистрирована на портале');
});

test('the representative activates with the code, sets a login and password that follow the policy, and signs in', async () => {
  const { input: sent, code } = await register();
  const status = await harness.request(anonymous, STATUS, { code: code.toLowerCase().replace(/-/g, ' ') });
  expect(status.data!['activationStatus']).toMatchObject({
    state: 'VALID',
    message: null,
    organizationName: sent.shortName,
    fullName: 'Орлова Мария Ивановна',
  });

  const login = `orlova.${sent.inn}`;
  const weak = await harness.request(anonymous, ACTIVATE, { code, login, password: 'короткий1' });
  expect(weak.errors?.[0]).toMatchObject({
    message: 'Пароль должен быть не короче 10 символов',
    extensions: { code: 'BAD_USER_INPUT', field: 'password' },
  });
  const noDigits = await harness.request(anonymous, ACTIVATE, { code, login, password: 'совсембезцифр' });
  expect(noDigits.errors?.[0]?.message).toBe('В пароле должны быть и буквы, и цифры');
  const withLogin = await harness.request(anonymous, ACTIVATE, { code, login, password: `${login}-2026` });
  expect(withLogin.errors?.[0]?.message).toBe('Пароль не должен совпадать с логином или содержать его');
  const takenLogin = await harness.request(anonymous, ACTIVATE, {
    code,
    login: 'employer',
    password: 'Окна2026Барнаул',
  });
  expect(takenLogin.errors?.[0]).toMatchObject({
    message: 'Логин «employer» уже занят: придумайте другой',
    extensions: { field: 'login' },
  });

  const activated = await harness.request(anonymous, ACTIVATE, {
    code,
    login: login.toUpperCase(),
    password: 'Окна2026Барнаул',
  });
  expect(activated.errors).toBeUndefined();
  expect(activated.data!['activateEmployer']).toEqual({ login, organizationName: sent.shortName });

  const signIn = await harness.request(
    anonymous,
    'mutation($login: String!) { signIn(login: $login, password: "Окна2026Барнаул") { accessToken } }',
    { login },
  );
  expect(signIn.errors).toBeUndefined();
  expect(signIn.data!['signIn'].accessToken).toEqual(expect.any(String));

  const used = await harness.request(anonymous, STATUS, { code });
  expect(used.data!['activationStatus']).toMatchObject({
    state: 'USED',
    organizationName: null,
    fullName: null,
  });
  const twice = await harness.request(anonymous, ACTIVATE, {
    code,
    login: `${login}2`,
    password: 'Окна2026Барнаул',
  });
  expect(twice.errors?.[0]).toMatchObject({
    message:
      'Этот код уже использован: кабинет активирован. Войдите с логином и паролем, которые вы создали.',
    extensions: { code: 'BAD_USER_INPUT', field: 'code' },
  });
});

test('an expired code says to ask the job centre for a new one and is refused', async () => {
  const { result, code } = await harness.request(registrar, REGISTER, { input: input() }).then(async (r) => ({
    result: r.data!['registerOrganization'],
    code: (await lastMail(r.data!['registerOrganization'].representative.email)).code,
  }));
  await harness.running.orm.em
    .fork()
    .getConnection()
    .execute(
      `update identity.activation_code set expires_at = now() - interval '1 minute' where user_id = ?`,
      [result.representative.id],
    );
  const status = await harness.request(anonymous, STATUS, { code });
  expect(status.data!['activationStatus']).toEqual({
    state: 'EXPIRED',
    message: 'Срок действия кода истёк. Попросите центр занятости отправить новый код.',
    organizationName: null,
    fullName: null,
    expiresAt: null,
  });
  const refused = await harness.request(anonymous, ACTIVATE, {
    code,
    login: 'late.one',
    password: 'Окна2026Барнаул',
  });
  expect(refused.errors?.[0]?.message).toBe(
    'Срок действия кода истёк. Попросите центр занятости отправить новый код.',
  );

  const unknown = await harness.request(anonymous, STATUS, { code: 'AAAA-BBBB-CCCC' });
  expect(unknown.data!['activationStatus'].state).toBe('UNKNOWN');
});

test('resending replaces the old code; an activated cabinet needs none; staff see the state', async () => {
  const { result, code: oldCode } = await register();
  const userId = result.representative.id;
  const resent = await harness.request(registrar, RESEND, { userId });
  expect(resent.errors).toBeUndefined();
  expect(resent.data!['resendActivation']).toMatchObject({ emailSent: true, representative: { id: userId } });
  const { code: newCode } = await lastMail(result.representative.email);
  expect(newCode).not.toBe(oldCode);

  const old = await harness.request(anonymous, STATUS, { code: oldCode });
  expect(old.data!['activationStatus']).toMatchObject({ state: 'REPLACED' });
  expect(old.data!['activationStatus'].message).toContain('заменён новым');
  const oldRefused = await harness.request(anonymous, ACTIVATE, {
    code: oldCode,
    login: `r${result.organization.inn}`,
    password: 'Окна2026Барнаул',
  });
  expect(oldRefused.errors?.[0]?.extensions?.['field']).toBe('code');

  const list = `query($search: String) { organizations(search: $search) { inn representatives { id activation { state sentAt expiresAt } } } }`;
  const pending = await harness.request(registrar, list, { search: result.organization.inn });
  expect(pending.data!['organizations']).toEqual([
    {
      inn: result.organization.inn,
      representatives: [
        {
          id: userId,
          activation: { state: 'PENDING', sentAt: expect.any(String), expiresAt: expect.any(String) },
        },
      ],
    },
  ]);

  const byCitizen = await harness.request(citizen, RESEND, { userId });
  expect(byCitizen.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  expect((await harness.request(citizen, list, {})).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

  const activated = await harness.request(anonymous, ACTIVATE, {
    code: newCode,
    login: `r${result.organization.inn}`,
    password: 'Окна2026Барнаул',
  });
  expect(activated.errors).toBeUndefined();
  const again = await harness.request(registrar, RESEND, { userId });
  expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  const done = await harness.request(registrar, list, { search: result.organization.inn });
  expect(done.data!['organizations'][0].representatives[0].activation.state).toBe('ACTIVATED');
});
