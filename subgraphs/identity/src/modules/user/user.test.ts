import { demoJobCenterIds, demoOrganizationIds, demoUserIds } from '@czn/demo';
import { anonymous, migrateSubgraph } from '@czn/kernel';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { identity } from '../../subgraph';
import { User } from './user.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const ivanov = signedIn(demoUserIds.ivanov, ['CITIZEN']);
const barnaulOperator = signedIn(demoUserIds.operatorBarnaul, ['REGISTRAR'], demoJobCenterIds.barnaul);

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { fullName phone email } } }`;
const user = (id: string) => ({ r: [{ __typename: 'User', id }] });

test('a citizen reads their own phone and e-mail', async () => {
  const { data, errors } = await harness.request(
    ivanov,
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
  const { data, errors } = await harness.request(barnaulOperator, ENTITIES, user(demoUserIds.petrova));
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([
    { fullName: 'Петрова Анна Сергеевна', phone: '+79609876543', email: 'petrova@example.ru' },
  ]);
});

test('a citizen cannot read another user’s phone or e-mail, not even an official’s', async () => {
  const other = await harness.request(ivanov, ENTITIES, user(demoUserIds.petrova));
  expect(other.data!['_entities']).toEqual([null]);
  expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  expect(JSON.stringify(other)).not.toContain('+79609876543');

  const em = harness.running.orm.em.fork();
  const operator = await em.findOneOrFail(User, demoUserIds.operatorBarnaul);
  operator.phone = '+73852200100';
  operator.email = 'smirnova@czn.example.ru';
  await em.flush();
  const official = await harness.request(ivanov, ENTITIES, user(demoUserIds.operatorBarnaul));
  expect(official.errors).toBeUndefined();
  expect(official.data!['_entities']).toEqual([
    { fullName: 'Смирнова Ольга Петровна', phone: null, email: null },
  ]);
});

test('the demo employer represents the demo organisation, and the access token says so', async () => {
  const employer = { ...signedIn(demoUserIds.employer, ['EMPLOYER']) };
  const { data } = await harness.request(
    employer,
    '{ me { organization { id name shortName inn kpp ogrn createdAt } } }',
  );
  expect(data!['me'].organization).toEqual({
    id: demoOrganizationIds.altaiWarmWindows,
    name: 'Общество с ограниченной ответственностью «Алтайские тёплые окна»',
    shortName: 'ООО «Алтайские тёплые окна»',
    inn: '2225015698',
    kpp: '222501001',
    ogrn: '1152225145093',
    createdAt: expect.any(String),
  });

  const signIn = await harness.request(
    anonymous,
    'mutation { signIn(login: "employer", password: "demo12345") { accessToken } }',
  );
  expect(decodeJwt(signIn.data!['signIn'].accessToken)).toMatchObject({
    sub: demoUserIds.employer,
    roles: ['EMPLOYER'],
    org: demoOrganizationIds.altaiWarmWindows,
  });
  const citizen = await harness.request(
    anonymous,
    'mutation { signIn(login: "ivanov", password: "demo12345") { accessToken } }',
  );
  expect(decodeJwt(citizen.data!['signIn'].accessToken)['org']).toBeNull();
});

test('organisations resolve by reference for the gateway; unknown ones are null', async () => {
  const { data, errors } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { shortName inn } } }',
    {
      r: [
        { __typename: 'Organization', id: demoOrganizationIds.zaryaPriobya },
        { __typename: 'Organization', id: '00000000-0000-0000-0000-000000000000' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([{ shortName: 'СПК «Заря Приобья»', inn: '2207702994' }, null]);
});

test('seeding again gives demo accounts seeded before contacts existed their contacts and organisation', async () => {
  const connection = harness.running.orm.em.fork().getConnection();
  await connection.execute(
    `update identity.user_account set phone = null, email = null, organization_id = null where id in (?, ?)`,
    [demoUserIds.petrova, demoUserIds.employer],
  );
  await migrateSubgraph(identity, harness.databaseUrl, { seed: true });
  const rows = await connection.execute(
    `select id, phone, email, organization_id from identity.user_account where id in (?, ?) order by id`,
    [demoUserIds.petrova, demoUserIds.employer],
  );
  expect(rows).toEqual([
    {
      id: demoUserIds.petrova,
      phone: '+79609876543',
      email: 'petrova@example.ru',
      organization_id: null,
    },
    {
      id: demoUserIds.employer,
      phone: '+73852555010',
      email: 'sokolov@teplye-okna.example.ru',
      organization_id: demoOrganizationIds.altaiWarmWindows,
    },
  ]);
});
