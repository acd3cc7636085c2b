import { randomUUID } from 'node:crypto';
import { FIXTURE_PASSWORD, identityFixtures } from '@czn/identity';
import { given } from '@czn/tools';
import { SESSION_ENDED } from './access-token';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  // Sessions are checked on every request: an ended session's access token is refused at once.
  stack = await startStack({ env: { SESSION_CHECK_SECONDS: '0' } });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const CREATE_STAFF = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`;
const newStaffInput = () => ({
  fullName: 'Новикова Мария Ивановна',
  login: `novikova${randomUUID().slice(0, 8)}`,
  password: 'Nachalnyi2026',
  roles: ['ADMIN'],
});

test('an administrator demoted to registrar can no longer create staff with the token issued before', async () => {
  const { chief, deputy } = await given(stack)
    .jobCenter()
    .staff('ADMIN', { as: 'chief' })
    .staff(['ADMIN', 'REGISTRAR'], { as: 'deputy' });
  expect(
    (await stack.request(deputy.token, CREATE_STAFF, { input: newStaffInput() })).errors,
  ).toBeUndefined();

  const demoted = await stack.request(
    chief.token,
    'mutation($userId: ID!) { updateStaffRoles(userId: $userId, roles: [REGISTRAR]) { roles } }',
    { userId: deputy.id },
  );
  expect(demoted.errors).toBeUndefined();

  const refused = await stack.request(deputy.token, CREATE_STAFF, { input: newStaffInput() });
  expect(refused.errors?.[0]).toMatchObject({
    message: SESSION_ENDED,
    extensions: { code: 'UNAUTHENTICATED' },
  });
  const staff = await stack.request(chief.token, '{ staffMembers { id } }');
  expect(staff.data?.['staffMembers']).toHaveLength(3);
});

/** A password sign-in through the gateway: the access token and the refresh cookie's value. */
async function signIn(login: string, password = FIXTURE_PASSWORD) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }',
      variables: { login, password },
    }),
  });
  const body = (await response.json()) as { data: { signIn: { accessToken: string } } | null };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('czn_refresh='));
  return {
    accessToken: body.data?.signIn.accessToken ?? null,
    refreshToken: cookie?.split(';')[0]!.slice('czn_refresh='.length) ?? null,
  };
}

async function refresh(refreshToken: string) {
  const response = await fetch(new URL('/auth/session/refresh', stack.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `czn_refresh=${refreshToken}` },
    body: '{}',
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('czn_refresh='));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    refreshToken: cookie?.split(';')[0]!.slice('czn_refresh='.length) ?? null,
  };
}

const identitySql = (sql: string, params: unknown[]) =>
  stack.subgraphs.identity.orm.em.fork().getConnection().execute(sql, params);

test('a session ends 7 days after its sign-in: refreshing it then asks to sign in again', async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  const session = await signIn(staff.login);
  const refreshed = await refresh(session.refreshToken!);
  expect(refreshed.status).toBe(200);

  await identitySql("update identity.session set created_at = now() - interval '7 days' where user_id = ?", [
    staff.id,
  ]);
  const me = await stack.request(refreshed.body['accessToken'], '{ me { id } }');
  expect(me.errors?.[0]).toMatchObject({ message: SESSION_ENDED, extensions: { code: 'UNAUTHENTICATED' } });
  const over = await refresh(refreshed.refreshToken!);
  expect(over.status).toBe(401);
  expect(over.body['errors'][0]).toEqual({
    message: 'Сеанс длится не дольше 7 дней после входа: войдите снова.',
    extensions: { code: 'UNAUTHENTICATED' },
  });
});

const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $next)
}`;

test('a password change follows the policy and ends the other sessions; the current one stays', async () => {
  const { employer } = await given(stack).employer();
  const laptop = await signIn(employer.login);
  const phone = await signIn(employer.login);

  const sameAsLogin = await stack.request(laptop.accessToken, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: `${employer.login}1`,
  });
  expect(sameAsLogin.errors?.[0]).toMatchObject({
    message: 'Пароль не должен совпадать с логином или содержать его',
    extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
  });
  const changed = await stack.request(laptop.accessToken, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'Novyi-parol-2027',
  });
  expect(changed.errors).toBeUndefined();

  expect((await refresh(phone.refreshToken!)).status).toBe(401);
  const stale = await stack.request(phone.accessToken, '{ me { id } }');
  expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  expect((await stack.request(laptop.accessToken, '{ me { id } }')).errors).toBeUndefined();
  expect((await refresh(laptop.refreshToken!)).status).toBe(200);
});

test('wrong current passwords are limited like sign-ins, with when to try again', async () => {
  const { employer } = await given(stack).employer();
  const tries = [];
  for (let i = 0; i < 6; i++) {
    const { errors } = await stack.request(employer.token, CHANGE_PASSWORD, {
      current: `guess-${i}`,
      next: 'Novyi-parol-2027',
    });
    tries.push(errors?.[0]?.message);
  }
  expect(tries.slice(0, 4)).toEqual(
    Array(4).fill('Неверный текущий пароль. Проверьте раскладку и Caps Lock.'),
  );
  for (const message of tries.slice(4))
    expect(message).toMatch(
      /^Слишком много неверных попыток ввести текущий пароль\. Попробуйте снова после \d\d:\d\d\.$/,
    );
});

/** The body of the newest development e-mail to this address. */
async function lastMailTo(address: string): Promise<string> {
  const [row] = await identitySql(
    'select body from identity.mailbox_message where recipient = ? order by created_at desc, id desc limit 1',
    [address],
  );
  return row?.body ?? '';
}

test('activating with a code tells whether logins are taken five times at most, then the code is spent', async () => {
  const { registrar } = await given(stack).jobCenter().staff('REGISTRAR', { as: 'registrar' });
  // A representative invited by the centre who has not activated the cabinet yet.
  const em = stack.subgraphs.identity.orm.em.fork();
  const organization = await identityFixtures.organization(em);
  const busy = await identityFixtures.account(em, {
    roles: ['EMPLOYER'],
    organizationId: organization.id,
    login: `busy${randomUUID().slice(0, 8)}`,
  });
  const email = `orlova.${randomUUID()}@example.ru`;
  const invited = await identityFixtures.account(em, {
    roles: ['EMPLOYER'],
    organizationId: organization.id,
    email,
  });
  await identitySql('update identity.user_account set login = null, password_hash = null where id = ?', [
    invited.id,
  ]);
  const sent = await stack.request(
    registrar.token,
    'mutation($id: ID!) { resendActivation(userId: $id) { emailSent } }',
    {
      id: invited.id,
    },
  );
  expect(sent.errors).toBeUndefined();
  const code = /введите код активации вручную: (\S+)/.exec(await lastMailTo(email))![1]!;

  const activate = (login: string) =>
    stack.request(
      null,
      'mutation($code: String!, $login: String!) { activateEmployer(code: $code, login: $login, password: "Okna2026Barnaul") { login } }',
      { code, login },
    );
  const fields = [];
  for (let i = 0; i < 5; i++) fields.push((await activate(busy.login!)).errors?.[0]?.extensions?.['field']);
  expect(fields).toEqual(['login', 'login', 'login', 'login', 'code']);
  const afterwards = await activate(`orlova${randomUUID().slice(0, 8)}`);
  expect(afterwards.errors?.[0]?.message).toBe(
    'С этим кодом слишком много раз предложен занятый логин, и он больше не действует. Попросите центр занятости отправить новый код.',
  );
});

test('a login locked by failures is unlocked by its owner through the link mailed to them', async () => {
  const em = stack.subgraphs.identity.orm.em.fork();
  const email = `lebedev.${randomUUID()}@czn.example.ru`;
  const { login } = await identityFixtures.account(em, {
    roles: ['REGISTRAR'],
    jobCenterId: randomUUID(),
    email,
  });
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push((await signIn(login!, 'wrong')).accessToken);
  expect(answers).toEqual(Array(5).fill(null));
  const locked = await stack.request(
    null,
    'mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }',
    { login, password: FIXTURE_PASSWORD },
  );
  expect(locked.errors?.[0]?.message).toMatch(
    /^Слишком много неудачных попыток входа\. Попробуйте снова после \d\d:\d\d\. Если к учётной записи привязана электронная почта, мы отправили на неё ссылку, которая снимает блокировку\.$/,
  );

  const token = decodeURIComponent(/\/signin\?unlock=(\S+)/.exec(await lastMailTo(email))![1]!);
  const unlocked = await stack.request(null, 'mutation($token: String!) { unlockSignIn(token: $token) }', {
    token,
  });
  expect(unlocked.data?.['unlockSignIn']).toBe('Блокировка снята: войдите с логином и паролем.');
  expect((await signIn(login!)).accessToken).toEqual(expect.any(String));
});
