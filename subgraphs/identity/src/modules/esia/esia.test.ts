import { randomUUID } from 'node:crypto';
import { anonymous, type SignedInViewer } from '@czn/kernel';
import { startEsiaStub, type EsiaStubOptions, type RunningEsiaStub } from '@czn/esia-stub';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { createIdentitySubgraph } from '../../subgraph';
import { newAccount } from '../../test/accounts';
import { newNumbers, REGISTER, registration } from '../../test/employers';
import { developmentEsiaSettings } from '.';
import { ESIA_MESSAGES } from './esia-sign-in.service';

type EsiaPerson = NonNullable<EsiaStubOptions['persons']>[number];

const ESIA_PASSWORD = 'gosuslugi-test-2026';

let serial = 0;
/** A Gosuslugi account of the stub, with an oid, SNILS, phone and e-mail no other person has. */
function esiaPerson(person: Partial<EsiaPerson> = {}): EsiaPerson {
  const n = String(++serial).padStart(2, '0');
  return {
    oid: `10000010${n}`,
    lastName: 'Сидоров',
    firstName: 'Пётр',
    middleName: 'Николаевич',
    birthDate: '30.11.1978',
    snils: `555-444-3${n} 00`,
    trusted: true,
    phone: `+7913000${n}00`,
    email: `person${n}@example.ru`,
    passport: {
      series: '0103',
      number: '112233',
      issuedBy: 'Отделом внутренних дел г. Рубцовска Алтайского края',
      issueDate: '05.12.2003',
    },
    registrationAddress: 'Алтайский край, г. Рубцовск, ул. Октябрьская, д. 21',
    ...person,
  };
}

/** The organisation the representative acts for at ESIA; the portal learns of it in the test that needs it. */
const warmWindows = newNumbers();

/** Each test signs in as persons of its own. */
const persons = {
  firstTime: esiaPerson({
    oid: '1000000003',
    snils: '987-654-321 00',
    phone: '+79039998877',
    email: 'sidorov@example.ru',
  }),
  returning: esiaPerson(),
  linked: esiaPerson({ lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' }),
  unconfirmed: esiaPerson({
    lastName: 'Кузьмина',
    firstName: 'Ольга',
    middleName: 'Викторовна',
    trusted: false,
  }),
  /** For the sign-ins refused before ESIA's answer is used. */
  anyone: esiaPerson(),
  representative: esiaPerson({
    lastName: 'Соколов',
    firstName: 'Андрей',
    middleName: 'Викторович',
    organizations: [
      {
        oid: '2000000001',
        shortName: 'ООО «Алтайские тёплые окна»',
        fullName: 'Общество с ограниченной ответственностью «Алтайские тёплые окна»',
        ogrn: warmWindows.ogrn,
        inn: warmWindows.inn,
        chief: true,
      },
    ],
  }),
  /** Someone with no organisation and no portal account. */
  orlova: esiaPerson({ lastName: 'Орлова', firstName: 'Мария', middleName: 'Павловна' }),
  citizen: esiaPerson({ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' }),
};

let stub: RunningEsiaStub;
let harness: SubgraphHarness;

beforeAll(async () => {
  stub = await startEsiaStub({ persons: Object.values(persons), password: ESIA_PASSWORD });
  harness = await startSubgraphHarness(
    createIdentitySubgraph({
      accessTokenTtlSeconds: 900,
      esia: developmentEsiaSettings({ baseUrl: stub.url }),
    }),
  );
}, 60_000);
afterAll(async () => {
  await harness?.stop();
  await stub?.stop();
});

const START = `mutation($employer: Boolean!) {
  startEsiaSignIn(employer: $employer, callbackUrl: "http://portal.test/auth/esia/callback") { attempt location }
}`;
const FINISH = `mutation($attempt: String, $code: String, $state: String, $error: String) {
  finishEsiaSignIn(attempt: $attempt, code: $code, state: $state, error: $error)
}`;
const COMPLETE = `mutation($code: String!, $attempt: String) {
  completeEsiaSignIn(code: $code, attempt: $attempt) { accessToken expiresAt user { id fullName roles } }
}`;

const PROFILE = `{ me { id fullName esiaOid snils birthDate registrationAddress trusted phone email
  passport { series number issuedBy issuedOn } } }`;

interface Tamper {
  /** Changes what ESIA sends back before identity sees it. */
  callback?: (query: URLSearchParams) => void;
  /** Runs after the start, e.g. to change the stored nonce. */
  afterStart?: () => Promise<void>;
  /** The browser comes back without the attempt its cookie kept. */
  withoutCookie?: boolean;
}

/** What the browser holds when it lands on /signin/esia: the one-time code and its attempt cookie. */
interface Landing {
  code: string;
  attempt: string | null;
}

const redirect = (response: Response) => {
  expect(response.status).toBe(302);
  return response.headers.get('location')!;
};

/** The browser's path as the gateway makes it: start at identity, sign in on the stub's page, come back. */
async function throughStub(
  login: string,
  method: 'phone' | 'snils',
  tamper: Tamper = {},
  as: 'citizen' | 'employer' = 'citizen',
): Promise<Landing> {
  const started = await harness.request(anonymous, START, { employer: as === 'employer' });
  expect(started.errors).toBeUndefined();
  const { attempt, location } = started.data!['startEsiaSignIn'];
  const authorize = new URL(location);
  expect(authorize.origin + authorize.pathname).toBe(`${stub.url}/aas/oauth2/v2/ac`);
  expect(authorize.searchParams.get('redirect_uri')).toBe('http://portal.test/auth/esia/callback');
  expect(authorize.searchParams.get('client_id')).toBe('CZN22');
  await tamper.afterStart?.();

  const page = await (await fetch(authorize)).text();
  const request = /name="request" value="([^"]+)"/.exec(page)![1]!;
  const signedIn = await fetch(`${stub.url}/aas/oauth2/v2/ac/login`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ request, method, login, password: ESIA_PASSWORD }),
  });
  const back = new URL(redirect(signedIn));
  expect(back.pathname).toBe('/auth/esia/callback');
  tamper.callback?.(back.searchParams);

  const finished = await harness.request(anonymous, FINISH, {
    attempt: tamper.withoutCookie ? null : attempt,
    code: back.searchParams.get('code'),
    state: back.searchParams.get('state'),
    error: back.searchParams.get('error'),
  });
  expect(finished.errors).toBeUndefined();
  return { code: finished.data!['finishEsiaSignIn'], attempt };
}

const complete = ({ code, attempt }: Landing) => harness.request(anonymous, COMPLETE, { code, attempt });

const asUser = (userId: string): SignedInViewer => ({
  kind: 'user',
  userId,
  roles: ['CITIZEN'],
  jobCenterId: null,
  organizationId: null,
});

const connection = () => harness.running.orm.em.fork().getConnection();

test('the first sign-in creates the citizen linked by oid with ESIA’s data; the code works once', async () => {
  const landing = await throughStub('+7 903 999-88-77', 'phone');
  const { data, errors } = await complete(landing);
  expect(errors).toBeUndefined();
  const { user, accessToken } = data!['completeEsiaSignIn'];
  expect(user).toMatchObject({ fullName: 'Сидоров Пётр Николаевич', roles: ['CITIZEN'] });
  expect(decodeJwt(accessToken).sub).toBe(user.id);

  const me = await harness.request(asUser(user.id), PROFILE);
  expect(me.data!['me']).toEqual({
    id: user.id,
    fullName: 'Сидоров Пётр Николаевич',
    esiaOid: '1000000003',
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

  const again = await complete(landing);
  expect(again.errors?.[0]).toMatchObject({
    message: ESIA_MESSAGES.completionExpired,
    extensions: { code: 'UNAUTHENTICATED' },
  });
});

test('the code signs in only in the browser that started: elsewhere it is refused and stays unspent', async () => {
  const landing = await throughStub(persons.anyone.phone, 'phone');
  for (const attempt of [null, randomUUID()]) {
    const elsewhere = await harness.request(anonymous, COMPLETE, { code: landing.code, attempt });
    expect(elsewhere.errors?.[0]).toMatchObject({
      message: ESIA_MESSAGES.otherBrowser,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  expect((await complete(landing)).errors).toBeUndefined();
});

test('a later sign-in updates the profile from ESIA and keeps the same account', async () => {
  const { snils, email, oid } = persons.returning;
  const first = (await complete(await throughStub(snils, 'snils'))).data!['completeEsiaSignIn'];
  await connection().execute(
    `update identity.user_account set full_name = 'Устаревшее Имя', snils = null, registration_address = 'старый'
     where id = ?`,
    [first.user.id],
  );
  const second = (await complete(await throughStub(email, 'phone'))).data!['completeEsiaSignIn'];
  expect(second.user.id).toBe(first.user.id);
  const [row] = await connection().execute(
    `select full_name, snils, registration_address, (select count(*)::int from identity.user_account
       where esia_oid = ?) as linked from identity.user_account where id = ?`,
    [oid, first.user.id],
  );
  expect(row).toEqual({
    full_name: 'Сидоров Пётр Николаевич',
    snils,
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

test('a citizen linked to ESIA signs in through ESIA into the same account as before', async () => {
  const ivanov = await newAccount(harness, {
    roles: ['CITIZEN'],
    fullName: 'Иванов Иван Иванович',
    esiaOid: persons.linked.oid,
  });
  const { data } = await complete(await throughStub(persons.linked.phone, 'phone'));
  expect(data!['completeEsiaSignIn'].user).toEqual({
    id: ivanov.id,
    fullName: 'Иванов Иван Иванович',
    roles: ['CITIZEN'],
  });
});

test('an unconfirmed ESIA account is refused with how to confirm it, and no account is made', async () => {
  const { data, errors } = await complete(await throughStub(persons.unconfirmed.email, 'phone'));
  expect(data).toBeNull();
  expect(errors?.[0]?.message).toBe(
    'Учётная запись на Госуслугах не подтверждена. Подтвердите личность в Центре обслуживания или через онлайн-банк и войдите снова.',
  );
  expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  const rows = await connection().execute('select 1 from identity.user_account where esia_oid = ?', [
    persons.unconfirmed.oid,
  ]);
  expect(rows).toEqual([]);
});

test('a state that is not the one this browser started with is refused', async () => {
  const changed = await complete(
    await throughStub(persons.anyone.phone, 'phone', { callback: (query) => query.set('state', 'forged') }),
  );
  expect(changed.errors?.[0]?.message).toBe(ESIA_MESSAGES.state);
  // A browser that comes back without its cookie has none for the exchange either.
  const { code } = await throughStub(persons.anyone.phone, 'phone', { withoutCookie: true });
  const noCookie = await complete({ code, attempt: null });
  expect(noCookie.errors?.[0]?.message).toBe(ESIA_MESSAGES.otherBrowser);
});

test('an id_token whose nonce is not the one sent is refused', async () => {
  const { errors } = await complete(
    await throughStub(persons.anyone.phone, 'phone', {
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
    await throughStub(persons.anyone.phone, 'phone', {
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
  const petrova = await newAccount(harness, {
    roles: ['CITIZEN'],
    esiaOid: '1000000002',
    snils: '123-456-789 64',
    birthDate: '1992-09-02',
    registrationAddress: 'Алтайский край, г. Бийск, ул. Советская, д. 3, кв. 17',
    passport: {
      series: '0112',
      number: '654321',
      issuedBy: 'ТП УФМС России по Алтайскому краю в г. Бийске',
      issuedOn: '2012-09-15',
    },
  });
  const ivanov = someone.citizen();
  const other = await harness.request(ivanov, PERSONAL, {
    r: [{ __typename: 'User', id: petrova.id }],
  });
  expect(other.data!['_entities']).toEqual([null]);
  expect(JSON.stringify(other)).not.toContain('123-456-789 64');

  // An official's profile is visible to citizens, but not their personal data.
  const operator = await newAccount(harness, {
    roles: ['REGISTRAR'],
    jobCenterId: randomUUID(),
    snils: '222-333-444 55',
  });
  const official = await harness.request(ivanov, PERSONAL, {
    r: [{ __typename: 'User', id: operator.id }],
  });
  expect(official.data!['_entities']).toEqual([
    { esiaOid: null, snils: null, birthDate: null, registrationAddress: null, trusted: null, passport: null },
  ]);

  const staff = await harness.request(operator.viewer, PERSONAL, {
    r: [{ __typename: 'User', id: petrova.id }],
  });
  expect(staff.data!['_entities']).toEqual([
    {
      esiaOid: '1000000002',
      snils: '123-456-789 64',
      birthDate: '1992-09-02',
      registrationAddress: 'Алтайский край, г. Бийск, ул. Советская, д. 3, кв. 17',
      trusted: true,
      passport: { series: '0112', number: '654321' },
    },
  ]);
});

test('the stub’s data endpoints answer only the bearer of that person’s token', async () => {
  const response = await fetch(`${stub.url}/rs/prns/${persons.anyone.oid}`);
  expect(response.status).toBe(401);
});

describe('an employer’s representative', () => {
  test('is linked the first time to the representative of the organisation ESIA names, then by oid', async () => {
    const { representative } = persons;
    const registered = await harness.request(someone.staff(['REGISTRAR']), REGISTER, {
      input: registration({ ...warmWindows, representativeFullName: 'Соколов Андрей Викторович' }),
    });
    expect(registered.errors).toBeUndefined();
    const { id } = registered.data!['registerOrganization'].representative;

    const first = await complete(await throughStub(representative.phone, 'phone', {}, 'employer'));
    expect(first.errors).toBeUndefined();
    expect(first.data!['completeEsiaSignIn'].user).toEqual({
      id,
      fullName: 'Соколов Андрей Викторович',
      roles: ['EMPLOYER'],
    });
    const [row] = await connection().execute('select esia_oid from identity.user_account where id = ?', [id]);
    expect(row).toEqual({ esia_oid: representative.oid });
    const again = await complete(await throughStub(representative.snils, 'snils', {}, 'employer'));
    expect(again.data!['completeEsiaSignIn'].user.id).toBe(id);
  });

  test('is refused when ESIA names no organisation of the portal', async () => {
    const { errors } = await complete(await throughStub(persons.orlova.email, 'phone', {}, 'employer'));
    expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.notRepresentative);
  });

  test('a citizen’s ESIA account does not open the employer cabinet', async () => {
    await newAccount(harness, { roles: ['CITIZEN'], esiaOid: persons.citizen.oid });
    const { errors } = await complete(await throughStub(persons.citizen.phone, 'phone', {}, 'employer'));
    expect(errors?.[0]?.message).toBe(ESIA_MESSAGES.linkedToCitizen);
  });
});
