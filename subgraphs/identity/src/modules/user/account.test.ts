import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { decodeJwt } from 'jose';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { gatewayCall, SIGN_IN, viewerOf } from '../../test/gateway-call';
import { ESIA_PASSWORD_ELSEWHERE } from './account.service';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

/** A citizen who signs in through Gosuslugi, with an address of their own. */
const esiaCitizen = (email = `petrova.${randomUUID()}@example.ru`) =>
  newAccount(harness, { roles: ['CITIZEN'], esiaOid: randomUUID(), email });
/** An account of the portal: login and password. */
const portalAccount = () =>
  newAccount(harness, { roles: ['EMPLOYER'], email: 'sokolov@teplye-okna.example.ru' });

const CHANGE_EMAIL = `mutation($email: String!, $password: String) {
  changeMyEmail(email: $email, password: $password) { email signsInThroughEsia }
}`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $next)
}`;

const connection = () => harness.running.orm.em.fork().getConnection();

test('an ESIA account changes its e-mail without a password; the old address is told', async () => {
  const oldEmail = `petrova.${randomUUID()}@example.ru`;
  const petrova = await esiaCitizen(oldEmail);
  const { data, errors } = await harness.request(petrova.viewer, CHANGE_EMAIL, {
    email: ' Anna.Petrova@Example.ru ',
  });
  expect(errors).toBeUndefined();
  expect(data!['changeMyEmail']).toEqual({ email: 'anna.petrova@example.ru', signsInThroughEsia: true });
  const notices = await connection().execute(
    `select recipient, subject, body from identity.mailbox_message where recipient = ?`,
    [oldEmail],
  );
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ subject: 'Адрес электронной почты в личном кабинете изменён' });
  expect(notices[0]!.body).toContain('anna.petrova@example.ru');
});

test('a portal account needs its password to change the e-mail', async () => {
  const { viewer: employer } = await portalAccount();
  const without = await harness.request(employer, CHANGE_EMAIL, { email: 'new@teplye-okna.example.ru' });
  expect(without.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  const wrong = await harness.request(employer, CHANGE_EMAIL, {
    email: 'new@teplye-okna.example.ru',
    password: 'nope',
  });
  expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  const right = await harness.request(employer, CHANGE_EMAIL, {
    email: 'new@teplye-okna.example.ru',
    password: FIXTURE_PASSWORD,
  });
  expect(right.data!['changeMyEmail']).toEqual({
    email: 'new@teplye-okna.example.ru',
    signsInThroughEsia: false,
  });
});

test('an ESIA account is sent to Gosuslugi to change its password; a portal account changes it here', async () => {
  const petrova = await esiaCitizen();
  const { viewer: employer } = await portalAccount();
  const esia = await harness.request(petrova.viewer, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'another-one-2027',
  });
  expect(esia.errors?.[0]?.message).toBe(ESIA_PASSWORD_ELSEWHERE);
  const short = await harness.request(employer, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'short',
  });
  expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword' });
  const done = await harness.request(employer, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'new-password-2027',
  });
  expect(done.data!['changeMyPassword']).toBe(true);
});

/** A portal account signed in twice, as on two devices. */
async function signedInTwice() {
  const account = await portalAccount();
  const signIn = async () => {
    const { data } = await gatewayCall(harness.running.url, anonymous, SIGN_IN, {
      login: account.login,
      password: FIXTURE_PASSWORD,
    });
    const token: string = data!['signIn'].accessToken;
    return { viewer: viewerOf(token), sessionId: decodeJwt(token)['sid'] };
  };
  const [laptop, phone] = [await signIn(), await signIn()];
  return { account, laptop: laptop.viewer, laptopSession: laptop.sessionId, phoneSession: phone.sessionId };
}

test('a new password follows the policy of activation, with the login known', async () => {
  const { account, laptop } = await signedInTwice();
  const refusals = [];
  for (const next of ['короткий1', account.login + '2026', 'только-буквы-без-цифр']) {
    const { errors } = await harness.request(laptop, CHANGE_PASSWORD, { current: FIXTURE_PASSWORD, next });
    refusals.push({ message: errors?.[0]?.message, field: errors?.[0]?.extensions?.['field'] });
  }
  expect(refusals).toEqual([
    { message: 'Пароль должен быть не короче 10 символов', field: 'newPassword' },
    { message: 'Пароль не должен совпадать с логином или содержать его', field: 'newPassword' },
    { message: 'В пароле должны быть и буквы, и цифры', field: 'newPassword' },
  ]);
});

test('a changed password ends the other sessions; the one that changed it stays', async () => {
  const { laptop, laptopSession, phoneSession } = await signedInTwice();
  const done = await harness.request(laptop, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'Novyi-parol-2027',
  });
  expect(done.errors).toBeUndefined();
  const sessions = await harness.request(laptop, '{ mySessions { id current } }');
  expect(sessions.data!['mySessions']).toEqual([{ id: laptopSession, current: true }]);
  const [row] = await connection().execute('select revoked_reason from identity.session where id = ?', [
    phoneSession,
  ]);
  expect(row?.revoked_reason).toBe('PASSWORD_CHANGED');
});

test('five wrong current passwords close the password and e-mail changes for 15 minutes', async () => {
  const { laptop } = await signedInTwice();
  const fields = [];
  for (let i = 0; i < 3; i++) {
    const { errors } = await harness.request(laptop, CHANGE_PASSWORD, {
      current: 'guess',
      next: 'Novyi-parol-2027',
    });
    fields.push(errors?.[0]?.extensions?.['field']);
  }
  for (let i = 0; i < 2; i++) {
    const { errors } = await harness.request(laptop, CHANGE_EMAIL, {
      email: 'x@example.ru',
      password: 'guess',
    });
    fields.push(errors?.[0]?.extensions?.['field']);
  }
  expect(fields).toEqual(['currentPassword', 'currentPassword', 'currentPassword', 'password', 'password']);

  const right = await harness.request(laptop, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'Novyi-parol-2027',
  });
  expect(right.errors?.[0]?.message).toMatch(
    /^Слишком много неверных попыток ввести текущий пароль\. Попробуйте снова после \d\d:\d\d\.$/,
  );
  expect(right.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'currentPassword',
    retryAfter: expect.any(String),
  });
});
