import { demoJobCenterIds, demoPartnerAgencyIds, demoUserIds, DEMO_PASSWORD } from '@czn/demo';
import { anonymous } from '@czn/kernel';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { identity } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const admin = signedIn(demoUserIds.adminBarnaul, ['ADMIN'], demoJobCenterIds.barnaul);
const registrar = signedIn(demoUserIds.operatorBarnaul, ['REGISTRAR'], demoJobCenterIds.barnaul);

const CREATE = `mutation($input: CreatePartnerUserInput!) {
  createPartnerUser(input: $input) { id login fullName email roles jobCenterId active partnerAgency { id } }
}`;
const DEACTIVATE = `mutation($id: ID!) { deactivatePartnerUser(id: $id) { id active } }`;
const USERS = `{ partnerAgencies { id users { id login fullName active } } }`;
const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }`;

let counter = 0;
const newLogin = () => `osp${Date.now() % 100000}${++counter}`;
const input = (overrides: Record<string, unknown> = {}) => ({
  agencyId: demoPartnerAgencyIds.mediation,
  fullName: 'Белова Ирина Юрьевна',
  login: newLogin(),
  password: 'Медиатор2026',
  email: 'Belova@mediation.example.ru',
  ...overrides,
});

test('the demo bailiff signs in with a token naming the agency and sees it on their account', async () => {
  const answer = await harness.request(anonymous, SIGN_IN, {
    login: 'osp.barnaul',
    password: DEMO_PASSWORD,
  });
  expect(answer.errors).toBeUndefined();
  const claims = decodeJwt(answer.data!['signIn'].accessToken);
  expect(claims).toMatchObject({
    sub: demoUserIds.bailiffBarnaul,
    roles: ['PARTNER'],
    pa: demoPartnerAgencyIds.bailiffs,
  });
  const partner = {
    ...signedIn(demoUserIds.bailiffBarnaul, ['PARTNER']),
    partnerAgencyId: demoPartnerAgencyIds.bailiffs,
  };
  const me = await harness.request(partner, '{ me { login roles partnerAgency { id kind } } }');
  expect(me.data!['me']).toEqual({
    login: 'osp.barnaul',
    roles: ['PARTNER'],
    partnerAgency: { id: demoPartnerAgencyIds.bailiffs, kind: 'BAILIFFS_OFFICE' },
  });
});

test('the administrator creates an agency employee who signs in, lists them, then switches the account off', async () => {
  const fields = input();
  const created = await harness.request(admin, CREATE, { input: fields });
  expect(created.errors).toBeUndefined();
  const user = created.data!['createPartnerUser'];
  expect(user).toMatchObject({
    login: fields.login,
    fullName: 'Белова Ирина Юрьевна',
    email: 'belova@mediation.example.ru',
    roles: ['PARTNER'],
    jobCenterId: null,
    active: true,
    partnerAgency: { id: demoPartnerAgencyIds.mediation },
  });

  const listed = await harness.request(admin, USERS);
  const agencies: Array<{ id: string; users: Array<{ id: string; login: string }> }> =
    listed.data!['partnerAgencies'];
  expect(agencies.find((a) => a.id === demoPartnerAgencyIds.mediation)!.users).toContainEqual({
    id: user.id,
    login: fields.login,
    fullName: 'Белова Ирина Юрьевна',
    active: true,
  });
  expect(agencies.find((a) => a.id === demoPartnerAgencyIds.bailiffs)!.users.map((u) => u.login)).toEqual([
    'osp.barnaul',
  ]);

  const answer = await harness.request(anonymous, SIGN_IN, {
    login: fields.login,
    password: fields.password,
  });
  expect(decodeJwt(answer.data!['signIn'].accessToken)['pa']).toBe(demoPartnerAgencyIds.mediation);

  const off = await harness.request(admin, DEACTIVATE, { id: user.id });
  expect(off.data!['deactivatePartnerUser']).toEqual({ id: user.id, active: false });
  const sessions = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute('select revoked_at from identity.session where user_id = ?', [user.id]);
  expect(sessions).toHaveLength(1);
  expect(sessions[0]!.revoked_at).not.toBeNull();
  const refused = await harness.request(anonymous, SIGN_IN, {
    login: fields.login,
    password: fields.password,
  });
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('the same checks as for staff accounts, in Russian, with the field to fix', async () => {
  const taken = await harness.request(admin, CREATE, { input: input({ login: 'operator.barnaul' }) });
  expect(taken.errors?.[0]).toMatchObject({
    message: 'Логин «operator.barnaul» уже занят: придумайте другой',
    extensions: { code: 'BAD_USER_INPUT', field: 'login' },
  });
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ fullName: 'Белова' }, 'fullName'],
    [{ login: 'осп' }, 'login'],
    [{ password: 'короткий1' }, 'password'],
    [{ email: 'не-почта' }, 'email'],
  ];
  for (const [overrides, field] of cases) {
    const { errors } = await harness.request(admin, CREATE, { input: input(overrides) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const unknown = await harness.request(admin, CREATE, {
    input: input({ agencyId: '00000000-0000-0000-0000-000000000000' }),
  });
  expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('only an administrator manages agency employees; staff accounts are not deactivated here', async () => {
  for (const who of [registrar, signedIn(demoUserIds.bailiffBarnaul, ['PARTNER'])]) {
    const create = await harness.request(who, CREATE, { input: input() });
    expect(create.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const off = await harness.request(who, DEACTIVATE, { id: demoUserIds.bailiffBarnaul });
    expect(off.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const users = await harness.request(who, USERS);
    expect(users.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  expect(
    (await harness.request(anonymous, CREATE, { input: input() })).errors?.[0]?.extensions?.['code'],
  ).toBe('UNAUTHENTICATED');
  const staff = await harness.request(admin, DEACTIVATE, { id: demoUserIds.operatorBarnaul });
  expect(staff.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});
