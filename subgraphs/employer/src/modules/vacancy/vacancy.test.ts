import { randomUUID } from 'node:crypto';
import { demoJobCenterIds, demoOrganizationIds, demoUserIds } from '@czn/demo';
import { anonymous, migrateSubgraph, type SignedInViewer, type Viewer } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { demoVacancies } from '../../seed/demo-vacancies';
import { employer } from '../../subgraph';
import { Vacancy } from './vacancy.entity';
import { VacancyStatus } from './vacancy.enums';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(employer);
});
afterAll(() => harness.stop());

const citizen: Viewer = {
  kind: 'user',
  userId: randomUUID(),
  roles: ['CITIZEN'],
  jobCenterId: null,
  organizationId: null,
};
const employerOf = (organizationId: string | null): SignedInViewer => ({
  kind: 'user',
  userId: randomUUID(),
  roles: ['EMPLOYER'],
  jobCenterId: null,
  organizationId,
});

/** Vacancies at a job centre of this test's own, so no other test's data shows up beside them. */
async function createVacancies(
  jobCenterId: string,
  rows: Array<{ title: string; createdAt: string; status?: VacancyStatus }>,
  organizationId: string = randomUUID(),
): Promise<string[]> {
  const em = harness.running.orm.em.fork();
  const vacancies = rows.map(({ title, createdAt, status = VacancyStatus.ACTIVE }) =>
    em.create(Vacancy, {
      id: randomUUID(),
      title,
      employerName: 'ООО «Тестовая организация»',
      organizationId,
      status,
      jobCenterId,
      createdAt: new Date(createdAt),
    }),
  );
  await em.flush();
  return vacancies.map((vacancy) => vacancy.id);
}

test('lists the seeded active vacancies, newest first, with their job centres', async () => {
  const { data, errors } = await harness.request(
    anonymous,
    '{ vacancies { title salaryFrom salaryTo employerName status createdAt jobCenter { id } } }',
  );
  expect(errors).toBeUndefined();
  const vacancies = data!['vacancies'] as Array<Record<string, any>>;
  expect(vacancies.map((v) => v['title'])).toEqual(
    expect.arrayContaining([
      'Оператор станков с ЧПУ',
      'Медицинская сестра',
      'Продавец-кассир',
      'Учитель математики',
    ]),
  );
  expect(vacancies.map((v) => v['title'])).not.toContain('Инженер-технолог');
  expect(vacancies.every((v) => v['status'] === 'ACTIVE')).toBe(true);
  const createdAt = vacancies.map((v) => Date.parse(v['createdAt']));
  expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
  expect(vacancies.find((v) => v['title'] === 'Оператор станков с ЧПУ')).toEqual({
    title: 'Оператор станков с ЧПУ',
    salaryFrom: 55000,
    salaryTo: 75000,
    employerName: 'ООО «Алтайские станочные системы»',
    status: 'ACTIVE',
    createdAt: '2026-11-20T02:15:00.000Z',
    jobCenter: { id: demoJobCenterIds.barnaul },
  });
});

test("filters by job centre and pages through the centre's active vacancies", async () => {
  const jobCenterId = randomUUID();
  await createVacancies(jobCenterId, [
    { title: 'Слесарь-ремонтник', createdAt: '2026-11-03T09:00:00Z' },
    { title: 'Кладовщик', createdAt: '2026-11-02T09:00:00Z' },
    { title: 'Грузчик', createdAt: '2026-11-01T09:00:00Z' },
    { title: 'Охранник', createdAt: '2026-11-04T09:00:00Z', status: VacancyStatus.WITHDRAWN },
  ]);
  const query =
    'query($jc: ID, $limit: Int, $offset: Int) { vacancies(jobCenterId: $jc, limit: $limit, offset: $offset) { title } }';

  const all = await harness.request(citizen, query, { jc: jobCenterId });
  expect(all.data!['vacancies']).toEqual([
    { title: 'Слесарь-ремонтник' },
    { title: 'Кладовщик' },
    { title: 'Грузчик' },
  ]);

  const page = await harness.request(anonymous, query, { jc: jobCenterId, limit: 1, offset: 1 });
  expect(page.data!['vacancies']).toEqual([{ title: 'Кладовщик' }]);
});

test('a withdrawn vacancy is NOT_FOUND, like an unknown or malformed id', async () => {
  const [withdrawn] = await createVacancies(randomUUID(), [
    { title: 'Сторож', createdAt: '2026-11-05T09:00:00Z', status: VacancyStatus.WITHDRAWN },
  ]);
  for (const id of [withdrawn, '00000000-0000-0000-0000-000000000000', 'не-uuid']) {
    const { data, errors } = await harness.request(anonymous, 'query($id: ID!) { vacancy(id: $id) { id } }', {
      id,
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  }
});

test('shows one active vacancy by id', async () => {
  const { data, errors } = await harness.request(
    anonymous,
    '{ vacancy(id: "9e3f1c7a-6b2d-4d8e-a5f0-000000000002") { title employerName description jobCenter { id } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['vacancy']).toMatchObject({
    title: 'Медицинская сестра',
    jobCenter: { id: demoJobCenterIds.biysk },
  });
});

test('a limit outside 1..100 is BAD_USER_INPUT naming the field', async () => {
  for (const limit of [0, 101, -5]) {
    const { errors } = await harness.request(
      anonymous,
      'query($limit: Int) { vacancies(limit: $limit) { id } }',
      {
        limit,
      },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(errors?.[0]?.message).toMatch(/от 1 до 100/);
  }
  const { errors } = await harness.request(anonymous, '{ vacancies(offset: -1) { id } }');
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  const malformed = await harness.request(anonymous, '{ vacancies(jobCenterId: "barnaul") { id } }');
  expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobCenterId' });
});

test('resolves active vacancy references for the gateway; withdrawn ones resolve to null', async () => {
  const [withdrawn] = await createVacancies(randomUUID(), [
    { title: 'Дворник', createdAt: '2026-11-05T09:00:00Z', status: VacancyStatus.WITHDRAWN },
  ]);
  const { data, errors } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { title jobCenter { id } } } }',
    {
      r: [
        { __typename: 'Vacancy', id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000003' },
        { __typename: 'Vacancy', id: withdrawn },
        { __typename: 'Vacancy', id: 'не-uuid' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([
    { title: 'Продавец-кассир', jobCenter: { id: demoJobCenterIds.rubtsovsk } },
    null,
    null,
  ]);
});

test('publishes a federation 2 SDL: the Vacancy key and an unresolvable JobCenter stub', async () => {
  const { data } = await harness.request(anonymous, '{ _service { sdl } }');
  const sdl: string = data!['_service'].sdl;
  expect(sdl).toMatch(/type Vacancy[^{]*@key\(fields: "id"\)/);
  expect(sdl).toMatch(/type JobCenter[^{]*@key\(fields: "id", resolvable: false\)/);
  expect(sdl).toContain('jobCenterId: ID');
  expect(sdl).toContain('limit: Int = 50');
  expect(sdl).toContain('offset: Int = 0');
});

test('seeding again changes nothing', async () => {
  const query = '{ vacancies(limit: 100) { id title createdAt } }';
  const before = await harness.request(anonymous, query);
  await migrateSubgraph(employer, harness.databaseUrl, { seed: true });
  const after = await harness.request(anonymous, query);
  expect(after.data).toEqual(before.data);
  const seeded = await harness.running.orm.em
    .fork()
    .count(Vacancy, { id: { $in: demoVacancies.map((v) => v.id) } });
  expect(seeded).toBe(demoVacancies.length);
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});

const ORGANIZATION_VACANCIES =
  'query($status: VacancyStatus, $page: PageInput) { organizationVacancies(status: $status, page: $page) { title status employerName } }';

test("an employer sees all of their organisation's vacancies, withdrawn ones too, newest first", async () => {
  const demoEmployer = employerOf(demoOrganizationIds.altaiWarmWindows);
  const { data, errors } = await harness.request(demoEmployer, ORGANIZATION_VACANCIES);
  expect(errors).toBeUndefined();
  expect(data!['organizationVacancies']).toEqual([
    {
      title: 'Монтажник светопрозрачных конструкций',
      status: 'ACTIVE',
      employerName: 'ООО «Алтайские тёплые окна»',
    },
    { title: 'Замерщик окон и балконов', status: 'ACTIVE', employerName: 'ООО «Алтайские тёплые окна»' },
    { title: 'Сборщик стеклопакетов', status: 'ACTIVE', employerName: 'ООО «Алтайские тёплые окна»' },
    {
      title: 'Менеджер по работе с клиентами',
      status: 'ACTIVE',
      employerName: 'ООО «Алтайские тёплые окна»',
    },
    {
      title: 'Оператор линии обработки ПВХ-профиля',
      status: 'ACTIVE',
      employerName: 'ООО «Алтайские тёплые окна»',
    },
    {
      title: 'Водитель-экспедитор категории B',
      status: 'WITHDRAWN',
      employerName: 'ООО «Алтайские тёплые окна»',
    },
  ]);
  const withdrawn = await harness.request(demoEmployer, ORGANIZATION_VACANCIES, { status: 'WITHDRAWN' });
  expect(withdrawn.data!['organizationVacancies']).toEqual([
    {
      title: 'Водитель-экспедитор категории B',
      status: 'WITHDRAWN',
      employerName: 'ООО «Алтайские тёплые окна»',
    },
  ]);
  const page = await harness.request(demoEmployer, ORGANIZATION_VACANCIES, { page: { limit: 2, offset: 1 } });
  expect(page.data!['organizationVacancies'].map((v: { title: string }) => v.title)).toEqual([
    'Замерщик окон и балконов',
    'Сборщик стеклопакетов',
  ]);
});

test("another organisation's vacancies stay out of an employer's list", async () => {
  const mine = randomUUID();
  const theirs = randomUUID();
  await createVacancies(randomUUID(), [{ title: 'Наш слесарь', createdAt: '2026-11-03T09:00:00Z' }], mine);
  await createVacancies(
    randomUUID(),
    [{ title: 'Чужой слесарь', createdAt: '2026-11-04T09:00:00Z' }],
    theirs,
  );
  const { data } = await harness.request(employerOf(mine), ORGANIZATION_VACANCIES);
  expect(data!['organizationVacancies']).toEqual([
    { title: 'Наш слесарь', status: 'ACTIVE', employerName: 'ООО «Тестовая организация»' },
  ]);
});

test('citizens, staff and employers without an organisation are refused the organisation list', async () => {
  const staff: SignedInViewer = {
    kind: 'user',
    userId: demoUserIds.operatorBarnaul,
    roles: ['REGISTRAR', 'EMPLOYER_RELATIONS_SPECIALIST'],
    jobCenterId: demoJobCenterIds.barnaul,
    organizationId: null,
  };
  for (const viewer of [citizen, staff]) {
    const { data, errors } = await harness.request(viewer, ORGANIZATION_VACANCIES);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toBe('Раздел доступен только представителям работодателей');
  }
  const orgless = await harness.request(employerOf(null), ORGANIZATION_VACANCIES);
  expect(orgless.errors?.[0]).toMatchObject({
    message: 'Учётная запись не привязана к организации. Обратитесь в центр занятости.',
    extensions: { code: 'FORBIDDEN' },
  });
  const nobody = await harness.request(anonymous, ORGANIZATION_VACANCIES);
  expect(nobody.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('a withdrawn vacancy opens for its own employer only', async () => {
  const owner = randomUUID();
  const [withdrawn] = await createVacancies(
    randomUUID(),
    [{ title: 'Снятый монтажник', createdAt: '2026-11-05T09:00:00Z', status: VacancyStatus.WITHDRAWN }],
    owner,
  );
  const query = 'query($id: ID!) { vacancy(id: $id) { title status } }';
  const own = await harness.request(employerOf(owner), query, { id: withdrawn });
  expect(own.data!['vacancy']).toEqual({ title: 'Снятый монтажник', status: 'WITHDRAWN' });
  for (const viewer of [employerOf(randomUUID()), citizen, anonymous]) {
    const { errors } = await harness.request(viewer, query, { id: withdrawn });
    expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  }
});

test('every demo vacancy belongs to an organisation; the demo employer’s posted the most', async () => {
  const byOrganization = new Map<string, number>();
  for (const vacancy of demoVacancies)
    byOrganization.set(vacancy.organizationId, (byOrganization.get(vacancy.organizationId) ?? 0) + 1);
  const [most] = [...byOrganization].sort((a, b) => b[1] - a[1]);
  expect(most).toEqual([demoOrganizationIds.altaiWarmWindows, 6]);
  expect(Object.values(demoOrganizationIds)).toEqual(expect.arrayContaining([...byOrganization.keys()]));
});
