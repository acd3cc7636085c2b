import { randomUUID } from 'node:crypto';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';
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
    next: 'another-one',
  });
  expect(esia.errors?.[0]?.message).toBe(ESIA_PASSWORD_ELSEWHERE);
  const short = await harness.request(employer, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'short',
  });
  expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword' });
  const done = await harness.request(employer, CHANGE_PASSWORD, {
    current: FIXTURE_PASSWORD,
    next: 'new-password-1',
  });
  expect(done.data!['changeMyPassword']).toBe(true);
});
