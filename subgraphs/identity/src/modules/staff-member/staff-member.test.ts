import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { anonymous } from '@czn/kernel';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const admin = signedIn(
  demoUserIds.adminBarnaul,
  ['ADMIN', 'EMPLOYER_RELATIONS_SPECIALIST'],
  demoJobCenterIds.barnaul,
);
const biyskAdmin = signedIn(demoUserIds.operatorBiysk, ['ADMIN'], demoJobCenterIds.biysk);
const registrar = signedIn(
  demoUserIds.operatorBarnaul,
  ['REGISTRAR', 'CAREER_CONSULTANT'],
  demoJobCenterIds.barnaul,
);
const citizen = signedIn(demoUserIds.ivanov, ['CITIZEN']);

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
  const { data, errors } = await harness.request(admin, LIST);
  expect(errors).toBeUndefined();
  const logins = data!['staffMembers'].map((m: { login: string }) => m.login);
  expect(logins).toEqual(expect.arrayContaining(['admin.barnaul', 'operator.barnaul']));
  expect(logins).not.toContain('operator.biysk');
  expect(logins).not.toContain('ivanov');
  expect(
    data!['staffMembers'].every((m: { jobCenterId: string }) => m.jobCenterId === demoJobCenterIds.barnaul),
  ).toBe(true);
});

test('only an administrator manages staff', async () => {
  for (const who of [registrar, citizen]) {
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
      userId: demoUserIds.operatorBarnaul,
      roles: ['ADMIN'],
    });
    expect(update.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const deactivate = await harness.request(who, DEACTIVATE, { userId: demoUserIds.operatorBarnaul });
    expect(deactivate.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  expect((await harness.request(anonymous, LIST)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const foreign = await harness.request(biyskAdmin, UPDATE, {
    userId: demoUserIds.operatorBarnaul,
    roles: ['ADMIN'],
  });
  expect(foreign.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('the administrator creates a staff member who signs in, changes the roles, then switches the account off', async () => {
  const login = newLogin();
  const weak = await harness.request(admin, CREATE, {
    input: { fullName: 'Лебедев Игорь Олегович', login, password: 'короткий', roles: ['REGISTRAR'] },
  });
  expect(weak.errors?.[0]).toMatchObject({
    message: 'Пароль должен быть не короче 10 символов',
    extensions: { code: 'BAD_USER_INPUT', field: 'password' },
  });
  const citizenRole = await harness.request(admin, CREATE, {
    input: { fullName: 'Лебедев Игорь Олегович', login, password: 'Пароль2026ок', roles: ['CITIZEN'] },
  });
  expect(citizenRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });

  const created = await harness.request(admin, CREATE, {
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
    jobCenterId: demoJobCenterIds.barnaul,
    active: true,
  });
  expect(
    (await harness.request(anonymous, SIGN_IN, { login, password: 'Пароль2026ок' })).errors,
  ).toBeUndefined();

  const updated = await harness.request(admin, UPDATE, { userId: member.id, roles: ['CAREER_CONSULTANT'] });
  expect(updated.data!['updateStaffRoles']).toEqual({ id: member.id, roles: ['CAREER_CONSULTANT'] });
  const selfDemotion = await harness.request(admin, UPDATE, {
    userId: demoUserIds.adminBarnaul,
    roles: ['REGISTRAR'],
  });
  expect(selfDemotion.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

  const off = await harness.request(admin, DEACTIVATE, { userId: member.id });
  expect(off.data!['deactivateStaffMember']).toMatchObject({ id: member.id, active: false });
  const refused = await harness.request(anonymous, SIGN_IN, { login, password: 'Пароль2026ок' });
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const self = await harness.request(admin, DEACTIVATE, { userId: demoUserIds.adminBarnaul });
  expect(self.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(await harness.schemaDrift()).toBe('');
});
