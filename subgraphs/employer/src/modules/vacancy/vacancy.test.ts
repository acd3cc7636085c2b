import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { employerFixtures, type VacancyFixture } from '../../fixtures';
import { employer } from '../../subgraph';
import { VacancyStatus } from './vacancy.enums';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(employer);
});
afterAll(() => harness.stop());

const citizen = someone.citizen();
const employerOf = (organizationId: string | null) => ({ ...someone.employer(), organizationId });

const vacancy = (fixture: VacancyFixture) => employerFixtures.vacancy(harness.running.orm.em.fork(), fixture);

/** Vacancies at a job centre of this test's own, so no other test's data shows up beside them. */
async function createVacancies(
  jobCenterId: string,
  rows: Array<{ title: string; createdAt: string; status?: VacancyStatus }>,
  organizationId: string = randomUUID(),
): Promise<string[]> {
  const created = [];
  for (const { title, createdAt, status } of rows)
    created.push(
      await vacancy({ title, createdAt: new Date(createdAt), jobCenterId, organizationId, status }),
    );
  return created.map(({ id }) => id);
}

test('lists active vacancies, newest first, with their job centres', async () => {
  const jobCenterId = randomUUID();
  // Later than any other test's vacancies, so these lead the first page whatever else is listed.
  const newest = await vacancy({
    title: 'Оператор станков с ЧПУ',
    salaryFrom: 55000,
    salaryTo: 75000,
    employerName: 'ООО «Алтайские станочные системы»',
    jobCenterId,
    createdAt: new Date('2030-01-03T02:15:00Z'),
  });
  const older = await vacancy({ title: 'Медицинская сестра', createdAt: new Date('2030-01-01T09:00:00Z') });
  const withdrawn = await vacancy({
    title: 'Инженер-технолог',
    status: VacancyStatus.WITHDRAWN,
    createdAt: new Date('2030-01-02T09:00:00Z'),
  });
  const { data, errors } = await harness.request(
    anonymous,
    '{ vacancies { id title salaryFrom salaryTo employerName status createdAt jobCenter { id } } }',
  );
  expect(errors).toBeUndefined();
  const vacancies = data!['vacancies'] as Array<Record<string, any>>;
  expect(vacancies.slice(0, 2).map((v) => v['id'])).toEqual([newest.id, older.id]);
  expect(vacancies.map((v) => v['id'])).not.toContain(withdrawn.id);
  expect(vacancies.every((v) => v['status'] === 'ACTIVE')).toBe(true);
  const createdAt = vacancies.map((v) => Date.parse(v['createdAt']));
  expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
  expect(vacancies[0]).toEqual({
    id: newest.id,
    title: 'Оператор станков с ЧПУ',
    salaryFrom: 55000,
    salaryTo: 75000,
    employerName: 'ООО «Алтайские станочные системы»',
    status: 'ACTIVE',
    createdAt: '2030-01-03T02:15:00.000Z',
    jobCenter: { id: jobCenterId },
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

test('a withdrawn vacancy is NOT_FOUND, like an unknown id; a malformed id is BAD_USER_INPUT', async () => {
  const [withdrawn] = await createVacancies(randomUUID(), [
    { title: 'Сторож', createdAt: '2026-11-05T09:00:00Z', status: VacancyStatus.WITHDRAWN },
  ]);
  const vacancy = (id: string) =>
    harness.request(anonymous, 'query($id: ID!) { vacancy(id: $id) { id } }', { id });
  for (const id of [withdrawn, '00000000-0000-0000-0000-000000000000']) {
    const { data, errors } = await vacancy(id!);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  }
  expect((await vacancy('не-uuid')).errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'id',
  });
});

test('shows one active vacancy by id', async () => {
  const jobCenterId = randomUUID();
  const { id } = await vacancy({
    title: 'Медицинская сестра',
    employerName: 'ООО «Медицинский центр «Катунь-Мед»',
    description: 'Работа в дневном стационаре',
    jobCenterId,
  });
  const { data, errors } = await harness.request(
    anonymous,
    'query($id: ID!) { vacancy(id: $id) { title employerName description jobCenter { id } } }',
    { id },
  );
  expect(errors).toBeUndefined();
  expect(data!['vacancy']).toEqual({
    title: 'Медицинская сестра',
    employerName: 'ООО «Медицинский центр «Катунь-Мед»',
    description: 'Работа в дневном стационаре',
    jobCenter: { id: jobCenterId },
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

test('resolves vacancy references for the gateway, withdrawn ones with their status; unknown ones to null', async () => {
  const jobCenterId = randomUUID();
  const active = await vacancy({ title: 'Продавец-кассир', jobCenterId });
  const [withdrawn] = await createVacancies(jobCenterId, [
    { title: 'Дворник', createdAt: '2026-11-05T09:00:00Z', status: VacancyStatus.WITHDRAWN },
  ]);
  const { data, errors } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { title status jobCenter { id } } } }',
    {
      r: [
        { __typename: 'Vacancy', id: active.id },
        { __typename: 'Vacancy', id: withdrawn },
        { __typename: 'Vacancy', id: randomUUID() },
        { __typename: 'Vacancy', id: 'не-uuid' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([
    { title: 'Продавец-кассир', status: 'ACTIVE', jobCenter: { id: jobCenterId } },
    { title: 'Дворник', status: 'WITHDRAWN', jobCenter: { id: jobCenterId } },
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

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});

const ORGANIZATION_VACANCIES =
  'query($status: VacancyStatus, $page: PageInput) { organizationVacancies(status: $status, page: $page) { title status employerName } }';

test("an employer sees all of their organisation's vacancies, withdrawn ones too, newest first", async () => {
  const organizationId = randomUUID();
  const employerName = 'ООО «Алтайские тёплые окна»';
  const titles: Array<[string, VacancyStatus]> = [
    ['Монтажник светопрозрачных конструкций', VacancyStatus.ACTIVE],
    ['Замерщик окон и балконов', VacancyStatus.ACTIVE],
    ['Водитель-экспедитор категории B', VacancyStatus.WITHDRAWN],
    ['Сборщик стеклопакетов', VacancyStatus.ACTIVE],
  ];
  for (const [index, [title, status]] of titles.entries())
    await vacancy({
      title,
      status,
      organizationId,
      employerName,
      createdAt: new Date(Date.UTC(2026, 10, 20 - index)),
    });
  const own = employerOf(organizationId);
  const { data, errors } = await harness.request(own, ORGANIZATION_VACANCIES);
  expect(errors).toBeUndefined();
  expect(data!['organizationVacancies']).toEqual(
    titles.map(([title, status]) => ({ title, status, employerName })),
  );
  const withdrawn = await harness.request(own, ORGANIZATION_VACANCIES, { status: 'WITHDRAWN' });
  expect(withdrawn.data!['organizationVacancies']).toEqual([
    { title: 'Водитель-экспедитор категории B', status: 'WITHDRAWN', employerName },
  ]);
  const page = await harness.request(own, ORGANIZATION_VACANCIES, { page: { limit: 2, offset: 1 } });
  expect(page.data!['organizationVacancies'].map((v: { title: string }) => v.title)).toEqual([
    'Замерщик окон и балконов',
    'Водитель-экспедитор категории B',
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
  const staff = someone.staff(['REGISTRAR', 'EMPLOYER_RELATIONS_SPECIALIST']);
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
