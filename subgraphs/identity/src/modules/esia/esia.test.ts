import { demoEsiaOids, demoEsiaPersons, demoUserIds, ESIA_DEMO_PASSWORD } from '@czn/demo';
import { anonymous, type SignedInViewer } from '@czn/kernel';
import { startEsiaStub, type RunningEsiaStub } from '@czn/esia-stub';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { createIdentitySubgraph } from '../../subgraph';
import { developmentEsiaSettings } from '.';
import { ESIA_MESSAGES } from './esia-sign-in.service';

let stub: RunningEsiaStub;
let harness: SubgraphHarness;
let identityOrigin: string;

beforeAll(async () => {
  // One more person, seen only by the test that needs someone with no organisation and no portal account.
  const orlova = {
    ...demoEsiaPersons.find((person) => person.oid === demoEsiaOids.sidorov)!,
    oid: '1000000099',
    lastName: 'Орлова',
    firstName: 'Мария',
    middleName: 'Павловна',
    snils: '321-654-987 00',
    phone: '+79030001122',
    email: 'orlova@example.ru',
  };
  stub = await startEsiaStub({ persons: [...demoEsiaPersons, orlova] });
  harness = await startSubgraphHarness(
    createIdentitySubgraph({
      accessTokenTtlSeconds: 900,
      esia: developmentEsiaSettings({ baseUrl: stub.url }),
    }),
  );
  identityOrigin = new URL(harness.running.url).origin;
}, 60_000);
afterAll(async () => {
  await harness?.stop();
  await stub?.stop();
});

const COMPLETE = `mutation($code: String!) {
  completeEsiaSignIn(code: $code) { accessToken expiresAt user { id fullName roles } }
}`;

const PROFILE = `{ me { id fullName esiaOid snils birthDate registrationAddress trusted phone email
  passport { series number issuedBy issuedOn } } }`;

interface Tamper {
  /** Changes what ESIA sends back before identity sees it. */
  callback?: (query: URLSearchParams) => void;
  /** Runs after the start, e.g. to change the stored nonce. */
  afterStart?: () => Promise<void>;
  withoutCookie?: boolean;
}

const redirect = (response: Response) => {
  expect(response.status).toBe(302);
  return response.headers.get('location')!;
};

/** The browser's path: start at identity, sign in on the stub's page, come back; returns the landing code. */
async function throughStub(
  login: string,
  method: 'phone' | 'snils',
  tamper: Tamper = {},
  as: 'citizen' | 'employer' = 'citizen',
): Promise<string> {
  const start = await fetch(`${identityOrigin}/auth/esia/start${as === 'employer' ? '?as=employer' : ''}`, {
    redirect: 'manual',
    headers: { 'x-forwarded-host': 'portal.test', 'x-forwarded-proto': 'http' },
  });
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  expect(start.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  const authorize = new URL(redirect(start));
  expect(authorize.origin + authorize.pathname).toBe(`${stub.url}/aas/oauth2/v2/ac`);
  expect(authorize.searchParams.get('redirect_uri')).toBe('http://portal.test/auth/esia/callback');
  expect(authorize.searchParams.get('client_id')).toBe('CZN22');
  await tamper.afterStart?.();

  const page = await (await fetch(authorize)).text();
  const request = /name="request" value="([^"]+)"/.exec(page)![1]!;
  const signedIn = await fetch(`${stub.url}/aas/oauth2/v2/ac/login`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ request, method, login, password: ESIA_DEMO_PASSWORD }),
  });
  const back = new URL(redirect(signedIn));
  expect(back.pathname).toBe('/auth/esia/callback');
  tamper.callback?.(back.searchParams);

  const callback = await fetch(`${identityOrigin}${back.pathname}${back.search}`, {
    redirect: 'manual',
    headers: tamper.withoutCookie ? {} : { cookie },
  });
  const landing = redirect(callback);
  expect(landing).toMatch(/^\/signin\/esia#code=/);
  return decodeURIComponent(landing.split('#code=')[1]!);
}

const complete = (code: string) => harness.request(anonymous, COMPLETE, { code });

const asUser = (userId: string): SignedInViewer => ({
  kind: 'user',
  userId,
  roles: ['CITIZEN'],
  jobCenterId: null,
  organizationId: null,
});

const connection = () => harness.running.orm.em.fork().getConnection();

test('the first sign-in creates the citizen linked by oid with ESIA’s data; the code works once', async () => {
  const code = await throughStub('+7 903 999-88-77', 'phone');
  const { data, errors } = await complete(code);
  expect(errors).toBeUndefined();
  const { user, accessToken } = data!['completeEsiaSignIn'];
  expect(user).toMatchObject({ fullName: 'Сидоров Пётр Николаевич', roles: ['CITIZEN'] });
  expect(decodeJwt(accessToken).sub).toBe(user.id);

  const me = await harness.request(asUser(user.id), PROFILE);
  expect(me.data!['me']).toEqual({
    id: user.id,
    fullName: 'Сидоров Пётр Николаевич',
    esiaOid: demoEsiaOids.sidorov,
    snils: '987-654-321 00',
    birthDate: '1978-11-30',
    registrationAddress: 'Алтайский край, г. Рубцовск, ул. Октябрьская, д. 21',
    trusted: true,
    phone: '+79039998877',
    email: 'sidorov@example.ru',
    passport: {
      series: '0103',
      number: '112233',
      issuedBy: 'Отделом внутренних дел г. Рубцовска Алтайского края',
      issuedOn: '2003-12-05',
    },
  });

  const again = await complete(code);
  expect(again.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('a later sign-in updates the profile from ESIA and keeps the same account', async () => {
  const first = (await complete(await throughStub('98765432100', 'snils'))).data!['completeEsiaSignIn'];
  await connection().execute(
    `update identity.user_account set full_name = 'Устаревшее Имя', snils = null, registration_address = 'старый'
     where id = ?`,
    [first.user.id],
  );
  const second = (await complete(await throughStub('sidorov@example.ru', 'phone'))).data![
    'completeEsiaSignIn'
  ];
  expect(second.user.id).toBe(first.user.id);
  const [row] = await connection().execute(
    `select full_name, snils, registration_address, (select count(*)::int from identity.user_account
       where esia_oid = ?) as linked from identity.user_account where id = ?`,
    [demoEsiaOids.sidorov, first.user.id],
  );
  expect(row).toEqual({
    full_name: 'Сидоров Пётр Николаевич',
    snils: '987-654-321 00',
    registration_address: 'Алтайский край, г. Рубцовск, ул. Октябрьская, д. 21',
    linked: 1,
  });
  // What ESIA brought back is in the personal-data audit trail, with the person as the actor.
  const [change] = await connection().execute(
    `select kinds, actor_id, operation from identity.personal_data_access
     where subject_id = ? and action = 'CHANGE' order by occurred_at desc limit 1`,
    [first.user.id],
  );
  expect(change).toEqual({
    kinds: ['SNILS', 'ADDRESS'],
    actor_id: first.user.id,
    operation: 'Обновление данных из Госуслуг при входе',
  });
});

test('the demo citizen signs in through ESIA into the same account as before', async () => {
  const { data } = await complete(await throughStub('+79131234567', 'phone'));
  expect(data!['completeEsiaSignIn'].user).toEqual({
    id: demoUserIds.ivanov,
    fullName: 'Иванов Иван Иванович',
    roles: ['CITIZEN'],
  });
});

test('an unconfirmed ESIA account is refused with how to confirm it, and no account is made', async () => {
  const { data, errors } = await complete(await throughStub('kuzmina@example.ru', 'phone'));
  expect(data).toBeNull();
  expect(errors?.[0]?.message).toBe(
    'Учётная запись на Госуслугах не подтверждена. Подтвердите личность в Центре обслуживания или через онлайн-банк и войдите снова.',
  );
  expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  const rows = await connection().execute('select 1 from identity.user_account where esia_oid = ?', [
    demoEsiaOids.unconfirmed,
  ]);
  expect(rows).toEqual([]);
});

test('a state that is not the one this browser started with is refused', async () => {
  const changed = await complete(
    await throughStub('+79131234567', 'phone', { callback: (query) => query.set('state', 'forged') }),
  );
  expect(changed.errors?.[0]?.message).toBe(ESIA_MESSAGES.state);
  const noCookie = await complete(await throughStub('+79131234567', 'phone', { withoutCookie: true }));
  expect(noCookie.errors?.[0]?.message).toBe(ESIA_MESSAGES.state);
});

test('an id_token whose nonce is not the one sent is refused', async () => {
  const { errors } = await complete(
    await throughStub('+79131234567', 'phone', {
      afterStart: async () => {
        // The stub echoes the nonce it was sent; changing ours stands for an id_token replayed from elsewhere.
        await connection().execute(
          `update identity.esia_sign_in set nonce = 'another' where completed_at is null`,
        );
      },
    }),
  );
  expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.nonce);
});

test('a cancelled sign-in at ESIA says so', async () => {
  const { errors } = await complete(
    await throughStub('+79131234567', 'phone', {
      callback: (query) => {
        query.delete('code');
        query.set('error', 'access_denied');
      },
    }),
  );
  expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.denied);
});

const PERSONAL = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User {
  esiaOid snils birthDate registrationAddress trusted passport { series number } } } }`;

test('personal data is the person’s and staff’s only: another citizen gets nothing through _entities', async () => {
  const other = await harness.request(asUser(demoUserIds.ivanov), PERSONAL, {
    r: [{ __typename: 'User', id: demoUserIds.petrova }],
  });
  expect(other.data!['_entities']).toEqual([null]);
  expect(JSON.stringify(other)).not.toContain('123-456-789 64');

  // An official's profile is visible to citizens, but not their personal data.
  await connection().execute(`update identity.user_account set snils = '222-333-444 55' where id = ?`, [
    demoUserIds.operatorBarnaul,
  ]);
  const official = await harness.request(asUser(demoUserIds.ivanov), PERSONAL, {
    r: [{ __typename: 'User', id: demoUserIds.operatorBarnaul }],
  });
  expect(official.data!['_entities']).toEqual([
    { esiaOid: null, snils: null, birthDate: null, registrationAddress: null, trusted: null, passport: null },
  ]);

  const staff = await harness.request(
    { ...asUser(demoUserIds.operatorBarnaul), roles: ['REGISTRAR'], jobCenterId: null },
    PERSONAL,
    { r: [{ __typename: 'User', id: demoUserIds.petrova }] },
  );
  expect(staff.data!['_entities']).toEqual([
    {
      esiaOid: demoEsiaOids.petrova,
      snils: '123-456-789 64',
      birthDate: '1992-09-02',
      registrationAddress: 'Алтайский край, г. Бийск, ул. Советская, д. 3, кв. 17',
      trusted: true,
      passport: { series: '0112', number: '654321' },
    },
  ]);
});

test('the stub’s data endpoints answer only the bearer of that person’s token', async () => {
  const response = await fetch(`${stub.url}/rs/prns/${demoEsiaOids.ivanov}`);
  expect(response.status).toBe(401);
});

describe('an employer’s representative', () => {
  test('is linked the first time to the representative of the organisation ESIA names, then by oid', async () => {
    const first = await complete(await throughStub('+79135550101', 'phone', {}, 'employer'));
    expect(first.errors).toBeUndefined();
    expect(first.data!['completeEsiaSignIn'].user).toEqual({
      id: demoUserIds.employer,
      fullName: 'Соколов Андрей Викторович',
      roles: ['EMPLOYER'],
    });
    const [row] = await connection().execute('select esia_oid from identity.user_account where id = ?', [
      demoUserIds.employer,
    ]);
    expect(row).toEqual({ esia_oid: demoEsiaOids.employer });
    const again = await complete(await throughStub('145-236-789 01', 'snils', {}, 'employer'));
    expect(again.data!['completeEsiaSignIn'].user.id).toBe(demoUserIds.employer);
  });

  test('is refused when ESIA names no organisation of the portal', async () => {
    const { errors } = await complete(await throughStub('orlova@example.ru', 'phone', {}, 'employer'));
    expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.notRepresentative);
  });

  test('a citizen’s ESIA account does not open the employer cabinet', async () => {
    const { errors } = await complete(await throughStub('+79609876543', 'phone', {}, 'employer'));
    expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.linkedToCitizen);
  });
});
