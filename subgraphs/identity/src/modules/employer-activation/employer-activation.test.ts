import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { lastMail, REGISTER, registration } from '../../test/employers';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const registrar = someone.staff(['REGISTRAR', 'CAREER_CONSULTANT']);
const citizen = someone.citizen();

const STATUS = `query($code: String!) { activationStatus(code: $code) { state message organizationName fullName expiresAt } }`;
const ACTIVATE = `mutation($code: String!, $login: String!, $password: String!) {
  activateEmployer(code: $code, login: $login, password: $password) { login organizationName }
}`;
const RESEND = `mutation($userId: ID!) { resendActivation(userId: $userId) { expiresAt emailSent representative { id } } }`;

async function register() {
  const data = registration();
  const response = await harness.request(registrar, REGISTER, { input: data });
  expect(response.errors).toBeUndefined();
  const { code } = await lastMail(harness, data.representativeEmail);
  return { input: data, result: response.data!['registerOrganization'], code };
}

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
  const taken = await newAccount(harness, { roles: ['EMPLOYER'], login: `taken.${sent.inn}` });
  const takenLogin = await harness.request(anonymous, ACTIVATE, {
    code,
    login: taken.login,
    password: 'Окна2026Барнаул',
  });
  expect(takenLogin.errors?.[0]).toMatchObject({
    message: `Логин «${taken.login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё 4 раза.`,
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
  const { result, code } = await harness
    .request(registrar, REGISTER, { input: registration() })
    .then(async (r) => ({
      result: r.data!['registerOrganization'],
      code: (await lastMail(harness, r.data!['registerOrganization'].representative.email)).code,
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

test('a code tells whether logins are taken five times at most, then is spent; an unknown code tells nothing', async () => {
  const { code, input } = await register();
  const taken = await newAccount(harness, { roles: ['EMPLOYER'], login: `busy.${input.inn}` });
  const unknown = await harness.request(anonymous, ACTIVATE, {
    code: 'AAAA-BBBB-CCCC',
    login: taken.login,
    password: 'Окна2026Барнаул',
  });
  expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

  const answers = [];
  for (let i = 0; i < 5; i++) {
    const { errors } = await harness.request(anonymous, ACTIVATE, {
      code,
      login: taken.login,
      password: 'Окна2026Барнаул',
    });
    answers.push(`${errors?.[0]?.extensions?.['field']}: ${errors?.[0]?.message}`);
  }
  const spent =
    'code: С этим кодом слишком много раз предложен занятый логин, и он больше не действует. Попросите центр занятости отправить новый код.';
  expect(answers).toEqual([
    `login: Логин «${taken.login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё 4 раза.`,
    `login: Логин «${taken.login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё 3 раза.`,
    `login: Логин «${taken.login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё 2 раза.`,
    `login: Логин «${taken.login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё 1 раз.`,
    spent,
  ]);
  const free = await harness.request(anonymous, ACTIVATE, {
    code,
    login: `free.${taken.login}`,
    password: 'Окна2026Барнаул',
  });
  expect(`code: ${free.errors?.[0]?.message}`).toBe(spent);
  const status = await harness.request(anonymous, STATUS, { code });
  expect(status.data!['activationStatus'].state).toBe('EXHAUSTED');
});

test('resending replaces the old code; an activated cabinet needs none; staff see the state', async () => {
  const { result, code: oldCode } = await register();
  const userId = result.representative.id;
  const resent = await harness.request(registrar, RESEND, { userId });
  expect(resent.errors).toBeUndefined();
  expect(resent.data!['resendActivation']).toMatchObject({ emailSent: true, representative: { id: userId } });
  const { code: newCode } = await lastMail(harness, result.representative.email);
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
