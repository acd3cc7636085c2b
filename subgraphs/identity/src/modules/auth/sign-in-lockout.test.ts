import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { createIdentitySubgraph } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { gatewayCall, SIGN_IN } from '../../test/gateway-call';
import { lockedMessage } from './sign-in.service';

let now = new Date('2026-12-10T07:30:20Z');
let harness: SubgraphHarness;
let production: SubgraphHarness;
beforeAll(async () => {
  [harness, production] = await Promise.all([
    startSubgraphHarness(
      createIdentitySubgraph({
        accessTokenTtlSeconds: 900,
        now: () => now,
        signInLimits: {
          maxFailuresPerAccount: 5,
          maxFailuresPerAddress: 20,
          windowSeconds: 900,
          lockSeconds: 900,
        },
      }),
    ),
    startSubgraphHarness(createIdentitySubgraph({ accessTokenTtlSeconds: 900, production: true })),
  ]);
});
afterAll(() => Promise.all([harness.stop(), production.stop()]));

const signIn = (login: string, password: string, address = '203.0.113.20') =>
  gatewayCall(harness.running.url, anonymous, SIGN_IN, { login, password }, address);

const staffOf = (on: SubgraphHarness) =>
  newAccount(on, { roles: ['REGISTRAR', 'CAREER_CONSULTANT'], jobCenterId: randomUUID() });

test('five wrong passwords lock the account with a message saying when to try again; the lock lifts after 15 minutes', async () => {
  const { login } = await staffOf(harness);
  for (let i = 0; i < 4; i++) {
    const { errors } = await signIn(login, 'wrong');
    expect(errors?.[0]?.message).toBe('Неверный логин или пароль. Проверьте раскладку и Caps Lock.');
  }
  const fifth = await signIn(login, 'wrong');
  // 07:30:20 UTC is 14:30:20 in Barnaul; locked until 14:45:20, shown as «после 14:46».
  expect(fifth.errors?.[0]?.message).toBe(
    'Слишком много неудачных попыток входа. Попробуйте снова после 14:46. ' +
      'Если к учётной записи привязана электронная почта, мы отправили на неё ссылку, которая снимает блокировку.',
  );
  expect(fifth.errors?.[0]?.extensions).toMatchObject({
    code: 'UNAUTHENTICATED',
    retryAfter: '2026-12-10T07:45:20.000Z',
  });

  // Even the right password waits from that address; the owner elsewhere is not kept out.
  const right = await signIn(login, FIXTURE_PASSWORD);
  expect(right.errors?.[0]?.message).toMatch(/^Слишком много неудачных попыток входа/);
  expect(right.refreshToken).toBeNull();
  expect((await signIn(login, FIXTURE_PASSWORD, '192.0.2.99')).errors).toBeUndefined();

  now = new Date('2026-12-10T07:45:21Z');
  const released = await signIn(login, FIXTURE_PASSWORD);
  expect(released.errors).toBeUndefined();
  expect(released.data!['signIn'].accessToken).toBeTruthy();
});

test('unknown logins count and lock like known ones: the answers do not tell which logins exist', async () => {
  const answers = [];
  for (let i = 0; i < 5; i++)
    answers.push((await signIn('nobody-here', 'wrong', '203.0.113.21')).errors?.[0]?.message);
  expect(answers[0]).toBe('Неверный логин или пароль. Проверьте раскладку и Caps Lock.');
  expect(answers[4]).toMatch(
    /^Слишком много неудачных попыток входа\. Попробуйте снова после \d\d:\d\d\. Если/,
  );
});

test('the owner of a locked login unlocks it through the link mailed to them, once', async () => {
  const email = `lebedev.${randomUUID()}@czn.example.ru`;
  const { login } = await newAccount(harness, {
    roles: ['REGISTRAR'],
    jobCenterId: randomUUID(),
    email,
  });
  for (let i = 0; i < 5; i++) await signIn(login, 'wrong', '203.0.113.30');
  const mails = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ subject: string; body: string }>>(
      'select subject, body from identity.mailbox_message where recipient = ?',
      [email],
    );
  expect(mails).toHaveLength(1);
  expect(mails[0]!.subject).toBe('Вход в личный кабинет временно закрыт');
  expect(mails[0]!.body).toContain('С адреса 203.0.113.30 несколько раз подряд не удалось войти');
  const token = decodeURIComponent(/\/signin\?unlock=(\S+)/.exec(mails[0]!.body)![1]!);
  expect(mails[0]!.body).toContain(`http://localhost:3002/signin?unlock=`);

  const unlock = (t: string) =>
    gatewayCall(harness.running.url, anonymous, 'mutation($t: String!) { unlockSignIn(token: $t) }', { t });
  expect((await unlock(token)).data!['unlockSignIn']).toBe('Блокировка снята: войдите с логином и паролем.');
  expect((await signIn(login, FIXTURE_PASSWORD, '203.0.113.30')).errors).toBeUndefined();
  const again = await unlock(token);
  expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
});

test('the time shown is on the region’s clock, with the date when the lock ends on another day there', () => {
  expect(lockedMessage(new Date('2026-12-10T07:35:00Z'), new Date('2026-12-10T07:20:00Z'))).toBe(
    'Слишком много неудачных попыток входа. Попробуйте снова после 14:35.',
  );
  expect(lockedMessage(new Date('2026-12-10T17:10:00Z'), new Date('2026-12-10T16:55:00Z'))).toBe(
    'Слишком много неудачных попыток входа. Попробуйте снова после 00:10 11.12.2026.',
  );
});

test('in production a citizen’s password is answered as a wrong one; portal accounts still sign in with a password', async () => {
  const ivanov = await newAccount(production, { roles: ['CITIZEN'] });
  const answer = (login: string, password: string) =>
    gatewayCall(production.running.url, anonymous, SIGN_IN, { login, password }, '203.0.113.31');
  const right = await answer(ivanov.login, FIXTURE_PASSWORD);
  const wrong = await answer(ivanov.login, 'x');
  expect(right.errors?.[0]?.message).toBe(
    'Неверный логин или пароль. Проверьте раскладку и Caps Lock. Граждане входят на портал через Госуслуги (ЕСИА): нажмите «Войти через Госуслуги».',
  );
  expect(right).toEqual(wrong);
  const operator = await answer((await staffOf(production)).login, FIXTURE_PASSWORD);
  expect(operator.errors).toBeUndefined();
});
