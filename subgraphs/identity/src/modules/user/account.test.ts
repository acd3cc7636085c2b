import { DEMO_PASSWORD, demoUserIds } from '@czn/demo';
import type { SignedInViewer } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../../subgraph';
import { ESIA_PASSWORD_ELSEWHERE } from './account.service';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const viewer = (userId: string, roles: SignedInViewer['roles']): SignedInViewer => ({
  kind: 'user',
  userId,
  roles,
  jobCenterId: null,
  organizationId: null,
});
const petrova = viewer(demoUserIds.petrova, ['CITIZEN']);
const employer = viewer(demoUserIds.employer, ['EMPLOYER']);

const CHANGE_EMAIL = `mutation($email: String!, $password: String) {
  changeMyEmail(email: $email, password: $password) { email signsInThroughEsia }
}`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $next)
}`;

const connection = () => harness.running.orm.em.fork().getConnection();

test('an ESIA account changes its e-mail without a password; the old address is told', async () => {
  const { data, errors } = await harness.request(petrova, CHANGE_EMAIL, {
    email: ' Anna.Petrova@Example.ru ',
  });
  expect(errors).toBeUndefined();
  expect(data!['changeMyEmail']).toEqual({ email: 'anna.petrova@example.ru', signsInThroughEsia: true });
  const notices = await connection().execute(
    `select recipient, subject, body from identity.mailbox_message where recipient = 'petrova@example.ru'`,
  );
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ subject: 'Адрес электронной почты в личном кабинете изменён' });
  expect(notices[0]!.body).toContain('anna.petrova@example.ru');
});

test('a portal account needs its password to change the e-mail', async () => {
  const without = await harness.request(employer, CHANGE_EMAIL, { email: 'new@teplye-okna.example.ru' });
  expect(without.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  const wrong = await harness.request(employer, CHANGE_EMAIL, {
    email: 'new@teplye-okna.example.ru',
    password: 'nope',
  });
  expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  const right = await harness.request(employer, CHANGE_EMAIL, {
    email: 'new@teplye-okna.example.ru',
    password: DEMO_PASSWORD,
  });
  expect(right.data!['changeMyEmail']).toEqual({
    email: 'new@teplye-okna.example.ru',
    signsInThroughEsia: false,
  });
});

test('an ESIA account is sent to Gosuslugi to change its password; a portal account changes it here', async () => {
  const esia = await harness.request(petrova, CHANGE_PASSWORD, {
    current: DEMO_PASSWORD,
    next: 'another-one',
  });
  expect(esia.errors?.[0]?.message).toBe(ESIA_PASSWORD_ELSEWHERE);
  const short = await harness.request(employer, CHANGE_PASSWORD, { current: DEMO_PASSWORD, next: 'short' });
  expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword' });
  const done = await harness.request(employer, CHANGE_PASSWORD, {
    current: DEMO_PASSWORD,
    next: 'new-password-1',
  });
  expect(done.data!['changeMyPassword']).toBe(true);
});
