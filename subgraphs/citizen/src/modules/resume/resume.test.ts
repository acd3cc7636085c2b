import { randomUUID } from 'node:crypto';
import { OutboxEvent } from '@czn/events';
import { anonymous, PERSONAL_DATA_EVENT, type PersonalDataAccess, type SignedInViewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { createCitizenSubgraph } from '../../subgraph';
import { citizenAlone } from '../../test/citizen-alone';
import { Resume, ResumeStatusChange } from './resume.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const barnaulId = randomUUID();
const moderator = someone.staff(['JOB_SELECTION_SPECIALIST'], barnaulId);
let owner: SignedInViewer;
beforeEach(() => {
  owner = someone.citizen();
});

const CONSENT_ALL = {
  publish: true,
  publishName: true,
  publishAddress: true,
  publishPhone: true,
  publishAge: true,
};
const resumeInput = (input: Record<string, unknown> = {}) => ({
  desiredPosition: 'Бухгалтер',
  fieldOfActivity: 'Финансы',
  desiredSalary: 45000,
  city: 'Барнаул',
  educations: [{ level: 'BACHELOR', institution: 'АлтГУ', specialty: 'Экономика', graduationYear: 2012 }],
  experiences: [
    { organization: 'ООО «Алтай»', position: 'Бухгалтер', from: '2013-02', to: null, duties: 'Учёт' },
  ],
  keySkills: ['1С', 'Excel', ' 1с '],
  about: 'Аккуратна',
  fullName: 'Иванова Мария Петровна',
  birthDate: '1990-05-17',
  phone: '8 913 123 45 67',
  email: 'ivanova@mail.ru',
  address: 'Барнаул, ул. Ленина, 1',
  consent: CONSENT_ALL,
  ...input,
});

const CREATE = `mutation($input: CreateResumeInput!) { createResume(input: $input) { id status keySkills phone } }`;
const create = (input: Record<string, unknown> = {}, viewer: SignedInViewer = owner) =>
  harness.request(viewer, CREATE, { input: { jobCenterId: barnaulId, ...resumeInput(input) } });
const created = async (input: Record<string, unknown> = {}) => {
  const { data, errors } = await create(input);
  expect(errors).toBeUndefined();
  return data!['createResume'].id as string;
};
const UPDATE = `mutation($id: ID!, $input: ResumeInput!) { updateResume(id: $id, input: $input) { status rejectionReason } }`;
const accept = (id: string, viewer: SignedInViewer = moderator) =>
  harness.request(viewer, 'mutation($id: ID!) { acceptResume(id: $id) { status } }', { id });
const reject = (id: string, reason: string, viewer: SignedInViewer = moderator) =>
  harness.request(
    viewer,
    'mutation($id: ID!, $reason: String!) { rejectResume(id: $id, reason: $reason) { status rejectionReason } }',
    { id, reason },
  );
const resumesOf = (viewer: SignedInViewer) =>
  harness.running.orm.em.fork().count(Resume, { ownerId: viewer.userId });

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});

test('a new resume waits for review; skills are kept once and the phone in one form', async () => {
  const { data, errors } = await create();
  expect(errors).toBeUndefined();
  expect(data!['createResume']).toMatchObject({
    status: 'PENDING_REVIEW',
    keySkills: ['1С', 'Excel'],
    phone: '+79131234567',
  });
});

test('a retried creation with the same idempotency key returns the first resume', async () => {
  const first = await create({}, owner);
  const input = { jobCenterId: barnaulId, idempotencyKey: 'resume-1', ...resumeInput() };
  const once = await harness.request(owner, CREATE, { input });
  const again = await harness.request(owner, CREATE, { input });
  expect(again.data!['createResume']).toEqual(once.data!['createResume']);
  expect(first.errors).toBeUndefined();
  expect(await resumesOf(owner)).toBe(2);
});

test.each([
  [{ desiredPosition: '  ' }, 'desiredPosition', /желаемую должность/],
  [{ city: 'Атлантида' }, 'city', /нет в справочнике городов России/],
  [{ desiredSalary: 0 }, 'desiredSalary', /зарплату/],
  [{ phone: '12345' }, 'phone', /\+7 \(XXX\)/],
  [{ email: 'ivanova@' }, 'email', /электронной почты/],
  [{ fullName: '' }, 'fullName', /ФИО/],
  [{ birthDate: '1990-02-30' }, 'birthDate', /ГГГГ-ММ-ДД/],
  [{ birthDate: '2020-01-01' }, 'birthDate', /от 14 до 100/],
  [
    { educations: [{ level: 'MASTER', institution: ' ', graduationYear: 2012 }] },
    'educations[0].institution',
    /учебное заведение/,
  ],
  [
    { educations: [{ level: 'MASTER', institution: 'АлтГТУ', graduationYear: 1900 }] },
    'educations[0].graduationYear',
    /Год окончания/,
  ],
  [
    { experiences: [{ organization: 'ООО', position: 'Кассир', from: '2019-13' }] },
    'experiences[0].from',
    /ГГГГ-ММ/,
  ],
  [
    { experiences: [{ organization: 'ООО', position: 'Кассир', from: '2019-05', to: '2018-01' }] },
    'experiences[0].to',
    /раньше начала/,
  ],
  [{ keySkills: Array.from({ length: 31 }, (_, i) => `Навык ${i}`) }, 'keySkills', /не больше 30/],
  [{ jobCenterId: 'barnaul' }, 'jobCenterId', /идентификатор/],
])('bad input %p names the field %s in Russian and writes nothing', async (input, field, message) => {
  const { errors } = await create(input);
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(errors?.[0]?.message).toMatch(message);
  expect(await resumesOf(owner)).toBe(0);
});

test('an unknown job centre is refused naming jobCenterId', async () => {
  const nowhere = await startSubgraphHarness(
    createCitizenSubgraph({ jobCenters: { jobCenterExists: async () => false }, vacancies: null }),
  );
  try {
    const { errors } = await nowhere.request(owner, CREATE, {
      input: { jobCenterId: randomUUID(), ...resumeInput() },
    });
    expect(errors?.[0]).toMatchObject({
      message: 'Такого центра занятости нет: выберите центр занятости из списка',
      extensions: { code: 'BAD_USER_INPUT', field: 'jobCenterId' },
    });
  } finally {
    await nowhere.stop();
  }
});

test('reject with a reason, edit and resubmit, accept: each step in the history', async () => {
  const id = await created();
  expect((await reject(id, '   ')).errors?.[0]?.extensions).toMatchObject({ field: 'reason' });
  expect((await reject(id, 'Уберите телефон из раздела «О себе»')).data!['rejectResume']).toEqual({
    status: 'REJECTED',
    rejectionReason: 'Уберите телефон из раздела «О себе»',
  });
  const rejectedAgain = await reject(id, 'Ещё раз');
  expect(rejectedAgain.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(rejectedAgain.errors?.[0]?.message).toMatch(/«Отказано»/);

  const edited = await harness.request(owner, UPDATE, { id, input: resumeInput({ about: 'Ответственна' }) });
  expect(edited.data!['updateResume']).toEqual({ status: 'PENDING_REVIEW', rejectionReason: null });
  expect((await accept(id)).data!['acceptResume']).toEqual({ status: 'ACTIVE' });
  const activeEdited = await harness.request(owner, UPDATE, { id, input: resumeInput() });
  expect(activeEdited.data!['updateResume'].status).toBe('PENDING_REVIEW');

  const history = await harness.request(
    owner,
    'query($id: ID!) { resume(id: $id) { history { fromStatus toStatus reason changedBy { id } } } }',
    { id },
  );
  expect(history.data!['resume'].history).toEqual([
    { fromStatus: null, toStatus: 'PENDING_REVIEW', reason: null, changedBy: { id: owner.userId } },
    {
      fromStatus: 'PENDING_REVIEW',
      toStatus: 'REJECTED',
      reason: 'Уберите телефон из раздела «О себе»',
      changedBy: { id: moderator.userId },
    },
    { fromStatus: 'REJECTED', toStatus: 'PENDING_REVIEW', reason: null, changedBy: { id: owner.userId } },
    { fromStatus: 'PENDING_REVIEW', toStatus: 'ACTIVE', reason: null, changedBy: { id: moderator.userId } },
    { fromStatus: 'ACTIVE', toStatus: 'PENDING_REVIEW', reason: null, changedBy: { id: owner.userId } },
  ]);
});

test('the owner withdraws a resume, keeping it and its history; an edit sends it back to review', async () => {
  const id = await created();
  await accept(id);
  const WITHDRAW = 'mutation($id: ID!) { withdrawResume(id: $id) { status history { toStatus } } }';
  for (const viewer of [someone.citizen(), moderator]) {
    const { errors } = await harness.request(viewer, WITHDRAW, { id });
    expect(errors?.[0]).toMatchObject({ message: 'Резюме не найдено', extensions: { code: 'NOT_FOUND' } });
  }
  const withdrawn = await harness.request(owner, WITHDRAW, { id });
  expect(withdrawn.data!['withdrawResume']).toEqual({
    status: 'WITHDRAWN',
    history: [{ toStatus: 'PENDING_REVIEW' }, { toStatus: 'ACTIVE' }, { toStatus: 'WITHDRAWN' }],
  });
  expect((await harness.request(owner, WITHDRAW, { id })).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  const employerRead = await harness.request(someone.employer(), READ, { id });
  expect(employerRead.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  expect((await accept(id)).errors?.[0]?.message).toMatch(/«Снято с публикации»/);
  const edited = await harness.request(owner, UPDATE, { id, input: resumeInput() });
  expect(edited.data!['updateResume'].status).toBe('PENDING_REVIEW');
});

test('an edit while waiting keeps the place in the queue and adds no history', async () => {
  const id = await created();
  const before = await harness.running.orm.em.fork().findOneOrFail(Resume, id);
  await harness.request(owner, UPDATE, { id, input: resumeInput({ desiredSalary: 50000 }) });
  const after = await harness.running.orm.em.fork().findOneOrFail(Resume, id);
  expect(after.submittedAt).toEqual(before.submittedAt);
  expect(after.desiredSalary).toBe(50000);
  expect(await harness.running.orm.em.fork().count(ResumeStatusChange, { resume: id })).toBe(1);
});

test('only the owner edits; only moderators of the resume’s centre decide; each refusal says what', async () => {
  const id = await created();
  const stranger = someone.citizen();
  const otherCentre = someone.staff(['REGISTRAR']);
  const sameCentreAdmin = someone.staff(['ADMIN'], barnaulId);
  for (const viewer of [stranger, moderator]) {
    const { errors } = await harness.request(viewer, UPDATE, { id, input: resumeInput() });
    expect(errors?.[0]).toMatchObject({ message: 'Резюме не найдено', extensions: { code: 'NOT_FOUND' } });
  }
  expect((await accept(id, otherCentre)).errors?.[0]).toMatchObject({
    message: 'Резюме не найдено',
    extensions: { code: 'NOT_FOUND' },
  });
  for (const viewer of [sameCentreAdmin, owner]) {
    const { errors } = await accept(id, viewer);
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toMatch(/Проверять резюме могут только/);
  }
  expect(
    (await harness.request(anonymous, CREATE, { input: { jobCenterId: barnaulId, ...resumeInput() } }))
      .errors?.[0]?.extensions?.['code'],
  ).toBe('UNAUTHENTICATED');
});

const FULL = `id status desiredPosition fieldOfActivity desiredSalary city keySkills about
  educations { level institution } experiences { organization to }
  fullName birthDate age phone email address hiddenFields publicationNotice rejectionReason
  consent { publish publishName } history { toStatus }`;
const READ = `query($id: ID!) { resume(id: $id) { ${FULL} } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resume { ${FULL} } } }`;
/** A resume as a reader outside the job centre reads it by both paths, which must agree. */
const readBothWays = async (viewer: SignedInViewer, id: string) => {
  const direct = await harness.request(viewer, READ, { id });
  const referenced = await harness.request(viewer, ENTITIES, { r: [{ __typename: 'Resume', id }] });
  expect(referenced.data?.['_entities']?.[0] ?? null).toEqual(direct.data?.['resume'] ?? null);
  return direct;
};

describe('who reads a resume', () => {
  const employer = someone.employer();

  test('the owner and the centre’s staff read everything; a pending resume is not found for employers', async () => {
    const id = await created();
    for (const viewer of [owner, someone.staff(['CAREER_CONSULTANT'], barnaulId)]) {
      const { data } = await readBothWays(viewer, id);
      expect(data!['resume']).toMatchObject({
        fullName: 'Иванова Мария Петровна',
        birthDate: '1990-05-17',
        phone: '+79131234567',
        hiddenFields: [],
        publicationNotice: null,
        consent: { publish: true, publishName: true },
        history: [{ toStatus: 'PENDING_REVIEW' }],
      });
    }
    for (const viewer of [employer, someone.staff(['REGISTRAR'])]) {
      const { errors } = await readBothWays(viewer, id);
      expect(errors?.[0]).toMatchObject({ message: 'Резюме не найдено', extensions: { code: 'NOT_FOUND' } });
    }
  });

  test('other citizens, partners and anonymous callers find no resume, even an active one', async () => {
    const id = await created();
    await accept(id);
    for (const viewer of [someone.citizen(), someone.partner()]) {
      const { data, errors } = await readBothWays(viewer, id);
      expect(data?.['resume'] ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const { errors } = await harness.request(anonymous, READ, { id });
    expect(errors?.[0]).toMatchObject({ message: 'Резюме не найдено', extensions: { code: 'NOT_FOUND' } });
    const referenced = await harness.request(anonymous, ENTITIES, { r: [{ __typename: 'Resume', id }] });
    expect(referenced.data?.['_entities']?.[0] ?? null).toBeNull();
  });

  test('an employer reads an active resume with every consent in full, age instead of the birth date', async () => {
    const id = await created();
    await accept(id);
    const { data, errors } = await readBothWays(employer, id);
    expect(errors).toBeUndefined();
    expect(data!['resume']).toEqual({
      id,
      status: 'ACTIVE',
      desiredPosition: 'Бухгалтер',
      fieldOfActivity: 'Финансы',
      desiredSalary: 45000,
      city: 'Барнаул',
      keySkills: ['1С', 'Excel'],
      about: 'Аккуратна',
      educations: [{ level: 'BACHELOR', institution: 'АлтГУ' }],
      experiences: [{ organization: 'ООО «Алтай»', to: null }],
      fullName: 'Иванова Мария Петровна',
      birthDate: null,
      age: expect.any(Number),
      phone: '+79131234567',
      email: 'ivanova@mail.ru',
      address: 'Барнаул, ул. Ленина, 1',
      hiddenFields: [],
      publicationNotice: null,
      rejectionReason: null,
      consent: null,
      history: null,
    });
    expect(data!['resume'].age).toBeGreaterThanOrEqual(35);
  });

  test.each([
    ['publishName', 'FULL_NAME', ['fullName']],
    ['publishAddress', 'ADDRESS', ['address']],
    ['publishPhone', 'PHONE', ['phone', 'email']],
    ['publishAge', 'AGE', ['age']],
  ])('without %s the employer gets %s hidden and null, the rest shown', async (flag, hidden, fields) => {
    const id = await created({ consent: { ...CONSENT_ALL, [flag]: false } });
    await accept(id);
    const resume = (await readBothWays(employer, id)).data!['resume'];
    expect(resume.hiddenFields).toEqual([hidden]);
    for (const field of ['fullName', 'address', 'phone', 'email', 'age'])
      if (fields.includes(field)) expect(resume[field]).toBeNull();
      else expect(resume[field]).not.toBeNull();
    const own = (await harness.request(owner, READ, { id })).data!['resume'];
    for (const field of fields) expect(own[field]).not.toBeNull();
  });

  test('without consent to publish the employer gets the notice and no content', async () => {
    const id = await created({ consent: { ...CONSENT_ALL, publish: false } });
    await accept(id);
    const { data, errors } = await readBothWays(employer, id);
    expect(errors).toBeUndefined();
    expect(data!['resume']).toEqual({
      id,
      status: 'ACTIVE',
      desiredPosition: 'Бухгалтер',
      fieldOfActivity: null,
      desiredSalary: null,
      city: null,
      keySkills: [],
      about: null,
      educations: null,
      experiences: null,
      fullName: null,
      birthDate: null,
      age: null,
      phone: null,
      email: null,
      address: null,
      hiddenFields: ['FULL_NAME', 'ADDRESS', 'PHONE', 'AGE'],
      publicationNotice: 'Соискатель не дал согласия на публикацию резюме',
      rejectionReason: null,
      consent: null,
      history: null,
    });
  });
});

describe('the personal-data audit', () => {
  const auditAfter = async (lastId: string) => {
    const rows = await harness.running.orm.em
      .fork()
      .find(OutboxEvent, { id: { $gt: lastId }, type: PERSONAL_DATA_EVENT }, { orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      operation: row.data['operation'],
      accesses: row.data['accesses'] as PersonalDataAccess[],
    }));
  };
  const lastEventId = async () => {
    const [last] = await harness.running.orm.em
      .fork()
      .find(OutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1 });
    return last?.id ?? '0';
  };

  test('an employer’s read records the consented fields it was shown, by both paths', async () => {
    const id = await created({ consent: { ...CONSENT_ALL, publishAddress: false } });
    await accept(id);
    const employer = someone.employer();
    const before = await lastEventId();
    await harness.request(employer, READ, { id });
    await harness.request(employer, ENTITIES, { r: [{ __typename: 'Resume', id }] });
    const records = await auditAfter(before);
    expect(records).toHaveLength(2);
    expect(records[0]!.operation).toBe('Просмотр резюме «Бухгалтер»');
    for (const record of records)
      expect(record.accesses).toEqual([
        { subjectId: owner.userId, action: 'READ', kinds: ['PHONE', 'BIRTH_DATE', 'EMAIL', 'FULL_NAME'] },
      ]);
  });

  test('an unpublished resume read by an employer discloses nothing and records nothing', async () => {
    const id = await created({ consent: { ...CONSENT_ALL, publish: false } });
    await accept(id);
    const before = await lastEventId();
    await harness.request(someone.employer(), READ, { id });
    expect(await auditAfter(before)).toEqual([]);
  });

  test('staff reading the queue are recorded, without the full name that stays in the job centre', async () => {
    await created();
    const before = await lastEventId();
    await harness.request(moderator, '{ jobCenterResumes(status: PENDING_REVIEW) { id fullName phone } }');
    const [record] = await auditAfter(before);
    expect(record!.operation).toBe('Просмотр очереди проверки резюме ЦЗН');
    expect(record!.accesses).toContainEqual({ subjectId: owner.userId, action: 'READ', kinds: ['PHONE'] });
  });

  test('creating a resume records the personal data the citizen gave', async () => {
    const before = await lastEventId();
    await created();
    const [record] = await auditAfter(before);
    expect(record!.accesses).toEqual([
      {
        subjectId: owner.userId,
        action: 'CHANGE',
        kinds: ['ADDRESS', 'PHONE', 'BIRTH_DATE', 'EMAIL', 'FULL_NAME'],
      },
    ]);
  });
});

describe('events', () => {
  const EVENT = 'query($e: ID!) { resumeEvent(eventId: $e) { type status resume { id fullName } } }';
  const eventsOf = (id: string) =>
    harness.running.orm.em
      .fork()
      .find(OutboxEvent, { entityId: id, entityType: 'Resume' }, { orderBy: { id: 'asc' } });

  test('each step writes an event for the owner and the centre; only they render it', async () => {
    const id = await created();
    await reject(id, 'Нет опыта');
    await harness.request(owner, UPDATE, { id, input: resumeInput() });
    await accept(id);
    const events = await eventsOf(id);
    expect(events.map((e) => [e.type, e.data['status']])).toEqual([
      ['SUBMITTED', 'PENDING_REVIEW'],
      ['REJECTED', 'REJECTED'],
      ['RESUBMITTED', 'PENDING_REVIEW'],
      ['ACCEPTED', 'ACTIVE'],
    ]);
    expect(events[0]!.audience).toEqual({ userIds: [owner.userId], jobCenterIds: [barnaulId] });
    const last = events[3]!.id;
    for (const viewer of [owner, moderator]) {
      const { data } = await harness.request(viewer, EVENT, { e: last });
      expect(data!['resumeEvent']).toEqual({
        type: 'ACCEPTED',
        status: 'ACTIVE',
        resume: { id, fullName: 'Иванова Мария Петровна' },
      });
    }
    for (const viewer of [someone.employer(), someone.citizen(), someone.staff(['REGISTRAR'])]) {
      const { errors } = await harness.request(viewer, EVENT, { e: last });
      expect(errors?.[0]).toMatchObject({ message: 'Событие не найдено', extensions: { code: 'NOT_FOUND' } });
    }
  });
});

test.each([1, 6])(
  'the queue and «Мои резюме» of %i resumes take a constant number of SQL statements',
  async (count) => {
    const centreId = randomUUID();
    const staff = someone.staff(['REGISTRAR'], centreId);
    const citizen = someone.citizen();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { data } = await harness.request(citizen, CREATE, {
        input: { jobCenterId: centreId, ...resumeInput({ desiredPosition: `Должность ${i}` }) },
      });
      ids.push(data!['createResume'].id);
    }
    const LIST = `jobCenter { id } desiredPosition keySkills educations { level } consent { publish } hiddenFields`;
    harness.sql.reset();
    const queue = await harness.request(staff, `{ jobCenterResumes(status: PENDING_REVIEW) { id ${LIST} } }`);
    expect(queue.data!['jobCenterResumes'].map((r: { id: string }) => r.id)).toEqual(ids);
    expect(harness.sql.snapshot()).toEqual({ citizen: 1 });
    harness.sql.reset();
    const mine = await harness.request(citizen, `{ myResumes { id ${LIST} history { toStatus } } }`);
    expect(mine.data!['myResumes']).toHaveLength(count);
    // The list, then the history of every resume in one more select.
    expect(harness.sql.snapshot()).toEqual({ citizen: 2 });
  },
);
