import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { FIXTURE_PASSWORD, identityFixtures } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { fullName phone email } } }`;
const user = (id: string) => ({ r: [{ __typename: 'User', id }] });

const citizen = (fullName: string, phone: string, email: string) =>
  newAccount(harness, { roles: ['CITIZEN'], fullName, phone, email });

test('a citizen reads their own phone and e-mail', async () => {
  const ivanov = await citizen('Иванов Иван Иванович', '+79131234567', 'ivanov@example.ru');
  const { data, errors } = await harness.request(
    ivanov.viewer,
    '{ me { fullName phone email organization { id } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['me']).toEqual({
    fullName: 'Иванов Иван Иванович',
    phone: '+79131234567',
    email: 'ivanov@example.ru',
    organization: null,
  });
});

test('staff read a citizen’s contacts', async () => {
  const petrova = await citizen('Петрова Анна Сергеевна', '+79609876543', 'petrova@example.ru');
  const { data, errors } = await harness.request(someone.staff(), ENTITIES, user(petrova.id));
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([
    { fullName: 'Петрова Анна Сергеевна', phone: '+79609876543', email: 'petrova@example.ru' },
  ]);
});

test('a citizen cannot read another user’s phone or e-mail, not even an official’s', async () => {
  const ivanov = await citizen('Иванов Иван Иванович', '+79131234567', 'ivanov@example.ru');
  const petrova = await citizen('Петрова Анна Сергеевна', '+79609876543', 'petrova@example.ru');
  const other = await harness.request(ivanov.viewer, ENTITIES, user(petrova.id));
  expect(other.data!['_entities']).toEqual([null]);
  expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  expect(JSON.stringify(other)).not.toContain('+79609876543');

  const operator = await newAccount(harness, {
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId: randomUUID(),
    fullName: 'Смирнова Ольга Петровна',
    phone: '+73852200100',
    email: 'smirnova@czn.example.ru',
  });
  const official = await harness.request(ivanov.viewer, ENTITIES, user(operator.id));
  expect(official.errors).toBeUndefined();
  expect(official.data!['_entities']).toEqual([
    { fullName: 'Смирнова Ольга Петровна', phone: null, email: null },
  ]);
});

test('an employer represents their organisation, and the access token says so', async () => {
  const em = harness.running.orm.em.fork();
  const organization = await identityFixtures.organization(em, 'ООО «Алтайские тёплые окна»');
  const employer = await newAccount(harness, { roles: ['EMPLOYER'], organizationId: organization.id });
  const { data } = await harness.request(
    employer.viewer,
    '{ me { organization { id name shortName inn kpp ogrn createdAt } } }',
  );
  expect(data!['me'].organization).toEqual({
    id: organization.id,
    name: 'ООО «Алтайские тёплые окна»',
    shortName: 'ООО «Алтайские тёплые окна»',
    inn: organization.inn,
    kpp: organization.kpp,
    ogrn: organization.ogrn,
    createdAt: expect.any(String),
  });

  const SIGN_IN =
    'mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }';
  const signIn = await harness.request(anonymous, SIGN_IN, {
    login: employer.login,
    password: FIXTURE_PASSWORD,
  });
  expect(decodeJwt(signIn.data!['signIn'].accessToken)).toMatchObject({
    sub: employer.id,
    roles: ['EMPLOYER'],
    org: organization.id,
  });
  const ivanov = await citizen('Иванов Иван Иванович', '+79131234567', 'ivanov@example.ru');
  const signedInCitizen = await harness.request(anonymous, SIGN_IN, {
    login: ivanov.login,
    password: FIXTURE_PASSWORD,
  });
  expect(decodeJwt(signedInCitizen.data!['signIn'].accessToken)['org']).toBeNull();
});

test('organisations resolve by reference for the gateway; unknown ones are null', async () => {
  const organization = await identityFixtures.organization(
    harness.running.orm.em.fork(),
    'СПК «Заря Приобья»',
  );
  const { data, errors } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { shortName inn } } }',
    {
      r: [
        { __typename: 'Organization', id: organization.id },
        { __typename: 'Organization', id: '00000000-0000-0000-0000-000000000000' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([{ shortName: 'СПК «Заря Приобья»', inn: organization.inn }, null]);
});
