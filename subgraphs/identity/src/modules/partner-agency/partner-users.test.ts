import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { FIXTURE_PASSWORD, identityFixtures } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { PartnerAgencyKind } from './partner-agency.enums';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const admin = someone.staff(['ADMIN']);
const registrar = someone.staff(['REGISTRAR']);

const newAgency = (kind: PartnerAgencyKind) =>
  identityFixtures.partnerAgency(harness.running.orm.em.fork(), kind);
/** A bailiffs' office of this test alone and its one employee. */
async function bailiffs() {
  const agency = await newAgency(PartnerAgencyKind.BAILIFFS_OFFICE);
  const bailiff = await newAccount(harness, { roles: ['PARTNER'], partnerAgencyId: agency.id });
  return { agency, bailiff };
}

const CREATE = `mutation($input: CreatePartnerUserInput!) {
  createPartnerUser(input: $input) { id login fullName email roles jobCenterId active partnerAgency { id } }
}`;
const DEACTIVATE = `mutation($id: ID!) { deactivatePartnerUser(id: $id) { id active } }`;
const USERS = `{ partnerAgencies { id users { id login fullName active } } }`;
const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }`;

let counter = 0;
const newLogin = () => `osp${Date.now() % 100000}${++counter}`;
const input = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  agencyId,
  fullName: 'Белова Ирина Юрьевна',
  login: newLogin(),
  password: 'Медиатор2026',
  email: 'Belova@mediation.example.ru',
  ...overrides,
});

test('a bailiff signs in with a token naming the agency and sees it on their account', async () => {
  const { agency, bailiff } = await bailiffs();
  const answer = await harness.request(anonymous, SIGN_IN, {
    login: bailiff.login,
    password: FIXTURE_PASSWORD,
  });
  expect(answer.errors).toBeUndefined();
  const claims = decodeJwt(answer.data!['signIn'].accessToken);
  expect(claims).toMatchObject({ sub: bailiff.id, roles: ['PARTNER'], pa: agency.id });
  const me = await harness.request(bailiff.viewer, '{ me { login roles partnerAgency { id kind } } }');
  expect(me.data!['me']).toEqual({
    login: bailiff.login,
    roles: ['PARTNER'],
    partnerAgency: { id: agency.id, kind: 'BAILIFFS_OFFICE' },
  });
});

test('the administrator creates an agency employee who signs in, lists them, then switches the account off', async () => {
  const mediation = await newAgency(PartnerAgencyKind.MEDIATION_CENTER);
  const { agency: bailiffsOffice, bailiff } = await bailiffs();
  const fields = input(mediation.id);
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
    partnerAgency: { id: mediation.id },
  });

  const listed = await harness.request(admin, USERS);
  const agencies: Array<{ id: string; users: Array<{ id: string; login: string }> }> =
    listed.data!['partnerAgencies'];
  expect(agencies.find((a) => a.id === mediation.id)!.users).toEqual([
    { id: user.id, login: fields.login, fullName: 'Белова Ирина Юрьевна', active: true },
  ]);
  expect(agencies.find((a) => a.id === bailiffsOffice.id)!.users.map((u) => u.login)).toEqual([
    bailiff.login,
  ]);

  const answer = await harness.request(anonymous, SIGN_IN, {
    login: fields.login,
    password: fields.password,
  });
  expect(decodeJwt(answer.data!['signIn'].accessToken)['pa']).toBe(mediation.id);

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
  const { id: agencyId } = await newAgency(PartnerAgencyKind.MEDIATION_CENTER);
  const operator = await newAccount(harness, {
    roles: ['REGISTRAR'],
    jobCenterId: randomUUID(),
    login: newLogin(),
  });
  const taken = await harness.request(admin, CREATE, { input: input(agencyId, { login: operator.login }) });
  expect(taken.errors?.[0]).toMatchObject({
    message: `Логин «${operator.login}» уже занят: придумайте другой`,
    extensions: { code: 'BAD_USER_INPUT', field: 'login' },
  });
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ fullName: 'Белова' }, 'fullName'],
    [{ login: 'осп' }, 'login'],
    [{ password: 'короткий1' }, 'password'],
    [{ email: 'не-почта' }, 'email'],
  ];
  for (const [overrides, field] of cases) {
    const { errors } = await harness.request(admin, CREATE, { input: input(agencyId, overrides) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const unknown = await harness.request(admin, CREATE, {
    input: input('00000000-0000-0000-0000-000000000000'),
  });
  expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('only an administrator manages agency employees; staff accounts are not deactivated here', async () => {
  const { agency, bailiff } = await bailiffs();
  for (const who of [registrar, bailiff.viewer]) {
    const create = await harness.request(who, CREATE, { input: input(agency.id) });
    expect(create.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const off = await harness.request(who, DEACTIVATE, { id: bailiff.id });
    expect(off.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const users = await harness.request(who, USERS);
    expect(users.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  expect(
    (await harness.request(anonymous, CREATE, { input: input(agency.id) })).errors?.[0]?.extensions?.['code'],
  ).toBe('UNAUTHENTICATED');
  const operator = await newAccount(harness, { roles: ['REGISTRAR'], jobCenterId: randomUUID() });
  const staff = await harness.request(admin, DEACTIVATE, { id: operator.id });
  expect(staff.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});
