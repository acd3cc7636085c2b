import { randomUUID } from 'node:crypto';
import { anonymous, type Viewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { gatewayCall, viewerOf } from '../../test/gateway-call';
import { User } from '../user/user.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

/** A job centre of this test alone: its administrator and a registrar. */
async function jobCentre() {
  const jobCenterId = randomUUID();
  const admin = await newAccount(harness, {
    roles: ['ADMIN', 'EMPLOYER_RELATIONS_SPECIALIST'],
    jobCenterId,
  });
  const registrar = await newAccount(harness, {
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId,
  });
  return { jobCenterId, admin, registrar };
}

const LIST = '{ staffMembers { id login fullName roles jobCenterId active } }';
const CREATE = `mutation($input: CreateStaffMemberInput!) {
  createStaffMember(input: $input) { id login fullName email roles jobCenterId active }
}`;
const UPDATE = `mutation($userId: ID!, $roles: [Role!]!) { updateStaffRoles(userId: $userId, roles: $roles) { id roles } }`;
const DEACTIVATE = `mutation($userId: ID!) { deactivateStaffMember(userId: $userId) { id active deactivatedAt } }`;
const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }`;

let counter = 0;
const newLogin = () => `staff${Date.now() % 100000}${++counter}`;

test('the administrator lists their job centre’s staff only', async () => {
  const { admin, registrar } = await jobCentre();
  // Neither another centre's staff nor citizens are theirs.
  await jobCentre();
  await newAccount(harness, { roles: ['CITIZEN'] });
  const { data, errors } = await harness.request(admin.viewer, LIST);
  expect(errors).toBeUndefined();
  const logins = data!['staffMembers'].map((m: { login: string }) => m.login);
  expect(logins.sort()).toEqual([admin.login, registrar.login].sort());
});

test('only an administrator manages staff', async () => {
  const { registrar } = await jobCentre();
  for (const who of [registrar.viewer, someone.citizen()]) {
    const list = await harness.request(who, LIST);
    expect(list.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const create = await harness.request(who, CREATE, {
      input: {
        fullName: 'Лебедев Игорь Олегович',
        login: newLogin(),
        password: 'Пароль2026ок',
        roles: ['REGISTRAR'],
      },
    });
    expect(create.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const update = await harness.request(who, UPDATE, {
      userId: registrar.id,
      roles: ['ADMIN'],
    });
    expect(update.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const deactivate = await harness.request(who, DEACTIVATE, { userId: registrar.id });
    expect(deactivate.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  expect((await harness.request(anonymous, LIST)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const foreign = await harness.request((await jobCentre()).admin.viewer, UPDATE, {
    userId: registrar.id,
    roles: ['ADMIN'],
  });
  expect(foreign.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('the administrator creates a staff member who signs in, changes the roles, then switches the account off', async () => {
  const { jobCenterId, admin } = await jobCentre();
  const login = newLogin();
  const weak = await harness.request(admin.viewer, CREATE, {
    input: { fullName: 'Лебедев Игорь Олегович', login, password: 'короткий', roles: ['REGISTRAR'] },
  });
  expect(weak.errors?.[0]).toMatchObject({
    message: 'Пароль должен быть не короче 10 символов',
    extensions: { code: 'BAD_USER_INPUT', field: 'password' },
  });
  const citizenRole = await harness.request(admin.viewer, CREATE, {
    input: { fullName: 'Лебедев Игорь Олегович', login, password: 'Пароль2026ок', roles: ['CITIZEN'] },
  });
  expect(citizenRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });

  const created = await harness.request(admin.viewer, CREATE, {
    input: {
      fullName: 'Лебедев Игорь Олегович',
      login,
      password: 'Пароль2026ок',
      email: 'lebedev@czn.example.ru',
      roles: ['JOB_SELECTION_SPECIALIST', 'REGISTRAR'],
    },
  });
  expect(created.errors).toBeUndefined();
  const member = created.data!['createStaffMember'];
  expect(member).toMatchObject({
    login,
    roles: ['REGISTRAR', 'JOB_SELECTION_SPECIALIST'],
    jobCenterId,
    active: true,
  });
  expect(
    (await harness.request(anonymous, SIGN_IN, { login, password: 'Пароль2026ок' })).errors,
  ).toBeUndefined();

  const updated = await harness.request(admin.viewer, UPDATE, {
    userId: member.id,
    roles: ['CAREER_CONSULTANT'],
  });
  expect(updated.data!['updateStaffRoles']).toEqual({ id: member.id, roles: ['CAREER_CONSULTANT'] });
  const selfDemotion = await harness.request(admin.viewer, UPDATE, {
    userId: admin.id,
    roles: ['REGISTRAR'],
  });
  expect(selfDemotion.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

  const off = await harness.request(admin.viewer, DEACTIVATE, { userId: member.id });
  expect(off.data!['deactivateStaffMember']).toMatchObject({ id: member.id, active: false });
  const refused = await harness.request(anonymous, SIGN_IN, { login, password: 'Пароль2026ок' });
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const self = await harness.request(admin.viewer, DEACTIVATE, { userId: admin.id });
  expect(self.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(await harness.schemaDrift()).toBe('');
});

test('an administrator whose token still says ADMIN is refused once the account is no longer one', async () => {
  const { admin, registrar } = await jobCentre();
  const other = await jobCentre();
  // A token that names another centre than the account's is refused too.
  const moved = { ...other.admin.viewer, jobCenterId: admin.viewer.jobCenterId };
  await harness.running.orm.em
    .fork()
    .nativeUpdate(User, { id: admin.id }, { roles: ['REGISTRAR', 'EMPLOYER_RELATIONS_SPECIALIST'] });
  for (const who of [admin.viewer, moved]) {
    const update = await harness.request(who, UPDATE, { userId: registrar.id, roles: ['ADMIN'] });
    expect(update.errors?.[0]).toMatchObject({
      message: 'Управлять сотрудниками может только администратор ЦЗН: ваши роли изменились, войдите снова',
      extensions: { code: 'FORBIDDEN' },
    });
  }
});

test('a change of roles ends the person’s sessions; an administrator changing their own keeps the current one', async () => {
  const { admin, registrar } = await jobCentre();
  const signIn = async (login: string) => {
    const { data } = await gatewayCall(harness.running.url, anonymous, SIGN_IN, {
      login,
      password: FIXTURE_PASSWORD,
    });
    return viewerOf(data!['signIn'].accessToken);
  };
  const mySessions = async (viewer: Viewer) =>
    (await harness.request(viewer, '{ mySessions { id } }')).data!['mySessions'].length;
  const registrarSession = await signIn(registrar.login);
  const adminHere = await signIn(admin.login);
  await signIn(admin.login);

  const same = await harness.request(adminHere, UPDATE, {
    userId: registrar.id,
    roles: ['CAREER_CONSULTANT', 'REGISTRAR'],
  });
  expect(same.errors).toBeUndefined();
  expect(await mySessions(registrarSession)).toBe(1);

  await harness.request(adminHere, UPDATE, { userId: registrar.id, roles: ['REGISTRAR'] });
  expect(await mySessions(registrarSession)).toBe(0);
  await harness.request(adminHere, UPDATE, { userId: admin.id, roles: ['ADMIN'] });
  const left = await harness.request(adminHere, '{ mySessions { current } }');
  expect(left.data!['mySessions']).toEqual([{ current: true }]);
});
