import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { employerFixtures, type VacancyFixture } from '../../fixtures';
import { employer } from '../../subgraph';
import { Vacancy } from '../vacancy/vacancy.entity';
import { EmploymentType, VacancyStatus, WorkSchedule } from '../vacancy/vacancy.enums';
import { SEARCH_RESULTS_LIMIT } from './vacancy-search.inputs';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(employer);
});
afterAll(() => harness.stop());

const SEARCH = `query($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {
  vacancySearch(filter: $filter, sort: $sort, page: $page) {
    total totalExceedsLimit bySimilarSpelling items { title }
  }
}`;

/** Vacancies at a job centre of the test's own: every search below filters by it, so no other test's rows show. */
async function jobCenterWith(fixtures: VacancyFixture[]): Promise<string> {
  const jobCenterId = randomUUID();
  for (const fixture of fixtures)
    await employerFixtures.vacancy(harness.running.orm.em.fork(), { jobCenterId, ...fixture });
  return jobCenterId;
}

async function search(
  filter: Record<string, unknown>,
  options: { sort?: string; page?: { limit: number; offset: number } } = {},
  viewer = anonymous,
): Promise<{ total: number; titles: string[] }> {
  const { total, titles } = await found(filter, options, viewer);
  return { total, titles };
}

async function found(
  filter: Record<string, unknown>,
  options: { sort?: string; page?: { limit: number; offset: number } } = {},
  viewer = anonymous,
) {
  const { data, errors } = await harness.request(viewer, SEARCH, { filter, ...options });
  expect(errors).toBeUndefined();
  const { items, ...result } = data!['vacancySearch'];
  return {
    ...(result as { total: number; totalExceedsLimit: boolean; bySimilarSpelling: boolean }),
    titles: items.map((item: { title: string }) => item.title) as string[],
  };
}

async function refusal(filter: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const { data, errors } = await harness.request(anonymous, SEARCH, { filter, ...options });
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  return { field: errors![0]!.extensions!['field'], message: errors![0]!.message };
}

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

test('Russian stemming: another form of a word finds the title, the duties and the employer', async () => {
  const jobCenterId = await jobCenterWith([
    { title: 'Бухгалтер', createdAt: day(3) },
    { title: 'Кассир', duties: 'Помощь главному бухгалтеру с первичными документами', createdAt: day(2) },
    { title: 'Грузчик', employerName: 'ООО «Кулундинская мельница»', createdAt: day(1) },
  ]);
  expect(await search({ query: 'бухгалтера', jobCenterId })).toEqual({
    total: 2,
    titles: ['Бухгалтер', 'Кассир'],
  });
  expect((await search({ query: 'мельницы', jobCenterId })).titles).toEqual(['Грузчик']);
  expect((await search({ query: 'бухгалтер -первичными', jobCenterId })).titles).toEqual(['Бухгалтер']);
});

test('a misspelt word still finds the vacancy by its title or employer, and not unrelated ones', async () => {
  const jobCenterId = await jobCenterWith([
    { title: 'Бухгалтер по расчёту заработной платы', createdAt: day(2) },
    { title: 'Повар', employerName: 'ООО «Алтайская трапеза»', createdAt: day(1) },
  ]);
  expect(await found({ query: 'бухгалтр', jobCenterId })).toEqual({
    total: 1,
    totalExceedsLimit: false,
    bySimilarSpelling: true,
    titles: ['Бухгалтер по расчёту заработной платы'],
  });
  expect((await found({ query: 'бухгалтер', jobCenterId })).bySimilarSpelling).toBe(false);
  expect((await search({ query: 'алтайская трапиза', jobCenterId })).titles).toEqual(['Повар']);
  expect((await search({ query: 'сварщик', jobCenterId })).total).toBe(0);
});

test('a misspelt word finds a title word given by a later change, and ranks by the words it stands for', async () => {
  const jobCenterId = await jobCenterWith([
    { title: 'Крановщик', createdAt: day(3) },
    { title: 'Грузчик', employerName: 'ООО «Машинист-Сервис»', createdAt: day(2) },
    { title: 'Машинист крана', createdAt: day(1) },
  ]);
  const em = harness.running.orm.em.fork();
  await em.nativeUpdate(Vacancy, { jobCenterId, title: 'Крановщик' }, { title: 'Стропальщик-такелажник' });
  expect(await found({ query: 'такелажнек', jobCenterId })).toEqual({
    total: 1,
    totalExceedsLimit: false,
    bySimilarSpelling: true,
    titles: ['Стропальщик-такелажник'],
  });
  expect((await search({ query: 'машинизт', jobCenterId })).titles).toEqual(['Грузчик', 'Машинист крана']);
  expect((await search({ query: 'машинизт', jobCenterId }, { sort: 'RELEVANCE' })).titles).toEqual([
    'Машинист крана',
    'Грузчик',
  ]);
});

test('each filter narrows the list', async () => {
  const jobCenterId = await jobCenterWith([
    {
      title: 'Водитель',
      city: 'Барнаул',
      region: 'Алтайский край',
      salaryFrom: 60000,
      schedule: 'SHIFT',
      employmentType: 'FULL',
      createdAt: day(4),
    },
    {
      title: 'Продавец',
      city: 'Бийск',
      region: 'Алтайский край',
      salaryFrom: 35000,
      schedule: 'FULL_DAY',
      employmentType: 'PART',
      createdAt: day(3),
    },
    {
      title: 'Программист',
      city: 'Новосибирск',
      region: 'Новосибирская область',
      salaryFrom: null,
      salaryTo: 150000,
      schedule: 'REMOTE',
      employmentType: 'PROJECT',
      createdAt: day(2),
    },
  ]);
  const titles = async (filter: Record<string, unknown>) => (await search({ ...filter, jobCenterId })).titles;
  expect(await titles({})).toEqual(['Водитель', 'Продавец', 'Программист']);
  expect(await titles({ city: 'Бийск' })).toEqual(['Продавец']);
  expect(await titles({ city: 'Бийск', region: 'Алтайский край' })).toEqual(['Продавец']);
  expect(await titles({ region: 'Алтайский край' })).toEqual(['Водитель', 'Продавец']);
  expect(await titles({ salaryFrom: 40000 })).toEqual(['Водитель']);
  expect(await titles({ salaryFrom: 35000 })).toEqual(['Водитель', 'Продавец']);
  expect(await titles({ schedules: ['REMOTE', 'SHIFT'] })).toEqual(['Водитель', 'Программист']);
  expect(await titles({ employmentTypes: ['PART'] })).toEqual(['Продавец']);
  expect(await titles({ region: 'Алтайский край', employmentTypes: ['PROJECT'] })).toEqual([]);
  const elsewhere = await search({ city: 'Бийск', jobCenterId: randomUUID() });
  expect(elsewhere).toEqual({ total: 0, titles: [] });
});

test('sorts by date (the default), by salary with unknown salaries last, by relevance to the words', async () => {
  const jobCenterId = await jobCenterWith([
    { title: 'Слесарь', salaryFrom: 40000, createdAt: day(5) },
    { title: 'Слесарь-сантехник', salaryFrom: null, createdAt: day(6) },
    { title: 'Механик', duties: 'Помогает слесарю', salaryFrom: 70000, createdAt: day(4) },
    { title: 'Слесарь КИПиА', salaryFrom: 55000, createdAt: day(3) },
  ]);
  const byDate = ['Слесарь-сантехник', 'Слесарь', 'Механик', 'Слесарь КИПиА'];
  expect((await search({ jobCenterId })).titles).toEqual(byDate);
  expect((await search({ jobCenterId }, { sort: 'NEWEST' })).titles).toEqual(byDate);
  expect((await search({ jobCenterId }, { sort: 'SALARY' })).titles).toEqual([
    'Механик',
    'Слесарь КИПиА',
    'Слесарь',
    'Слесарь-сантехник',
  ]);
  const relevant = await search({ query: 'слесарь', jobCenterId }, { sort: 'RELEVANCE' });
  expect(relevant.total).toBe(4);
  expect(relevant.titles.at(-1)).toBe('Механик');
});

test('pages through the results with the total of all of them', async () => {
  const jobCenterId = await jobCenterWith(
    Array.from({ length: 5 }, (_, i) => ({ title: `Кладовщик ${i + 1}`, createdAt: day(10 - i) })),
  );
  const titles = (numbers: number[]) => numbers.map((n) => `Кладовщик ${n}`);
  expect(await search({ jobCenterId }, { page: { limit: 2, offset: 0 } })).toEqual({
    total: 5,
    titles: titles([1, 2]),
  });
  expect(await search({ jobCenterId }, { page: { limit: 2, offset: 4 } })).toEqual({
    total: 5,
    titles: titles([5]),
  });
  expect(await search({ jobCenterId }, { page: { limit: 2, offset: 10 } })).toEqual({
    total: 5,
    titles: [],
  });
});

test('counts and pages through the first thousand matches only, and says there are more', async () => {
  const jobCenterId = randomUUID();
  // One flush, in batches: a thousand fixtures one by one would take most of the test's time.
  const em = harness.running.orm.em.fork();
  for (let i = 0; i < SEARCH_RESULTS_LIMIT + 5; i++) {
    const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
    em.create(Vacancy, {
      id: randomUUID(),
      title: `Монтёр пути ${i + 1}`,
      employerName: 'ОАО «Железная дорога»',
      organizationId: randomUUID(),
      jobCenterId,
      status: VacancyStatus.ACTIVE,
      schedule: WorkSchedule.SHIFT,
      employmentType: EmploymentType.FULL,
      createdAt,
      confirmedAt: createdAt,
    });
  }
  await em.flush();
  const last = await found({ jobCenterId }, { page: { limit: 20, offset: SEARCH_RESULTS_LIMIT - 5 } });
  expect(last).toMatchObject({ total: SEARCH_RESULTS_LIMIT, totalExceedsLimit: true });
  expect(last.titles).toEqual([
    'Монтёр пути 10',
    'Монтёр пути 9',
    'Монтёр пути 8',
    'Монтёр пути 7',
    'Монтёр пути 6',
  ]);
  expect(await refusal({ jobCenterId }, { page: { limit: 20, offset: SEARCH_RESULTS_LIMIT } })).toEqual({
    field: 'offset',
    message: 'Показываются первые 1000 найденных вакансий: уточните запрос или фильтры',
  });
});

test('withdrawn vacancies never show, to anyone', async () => {
  const organizationId = randomUUID();
  const jobCenterId = await jobCenterWith([
    { title: 'Токарь', organizationId, createdAt: day(2) },
    { title: 'Токарь-расточник', organizationId, status: 'WITHDRAWN', createdAt: day(1) },
  ]);
  const owner = { ...someone.employer(), organizationId };
  for (const viewer of [anonymous, someone.citizen(), someone.staff(['REGISTRAR']), owner])
    expect(await search({ query: 'токарь', jobCenterId }, {}, viewer)).toEqual({
      total: 1,
      titles: ['Токарь'],
    });
});

test('bad input is refused naming the field, in Russian', async () => {
  expect(await refusal({ city: 'Нарния' })).toEqual({
    field: 'city',
    message: 'Населённый пункт «Нарния» не найден в справочнике: выберите его из списка',
  });
  expect(await refusal({ city: 'Бийск', region: 'Новосибирская область' })).toEqual({
    field: 'city',
    message: 'Населённый пункт «Бийск» не относится к региону «Новосибирская область»',
  });
  expect(await refusal({ region: 'Алтай' })).toEqual({
    field: 'region',
    message: 'Регион «Алтай» не найден в справочнике: выберите его из списка',
  });
  expect(await refusal({ salaryFrom: -1 })).toEqual({
    field: 'salaryFrom',
    message: 'Зарплата «от» указывается в рублях в месяц, от 0 до 10 000 000: исправьте сумму',
  });
  expect(await refusal({}, { sort: 'RELEVANCE' })).toEqual({
    field: 'sort',
    message: 'Сортировка по соответствию работает при поиске по словам: введите запрос',
  });
  expect(await refusal({ query: 'а'.repeat(201) })).toMatchObject({ field: 'query' });
  expect(await refusal({ jobCenterId: 'не-uuid' })).toMatchObject({ field: 'jobCenterId' });
  expect(await refusal({}, { page: { limit: 0, offset: 0 } })).toEqual({
    field: 'limit',
    message: 'Укажите limit от 1 до 200',
  });
});

test('a page costs the same two SQL statements whatever its size, four for a misspelt word', async () => {
  const jobCenterId = await jobCenterWith(
    Array.from({ length: 12 }, (_, i) => ({
      title: `Оператор котельной ${i + 1}`,
      city: 'Рубцовск',
      region: 'Алтайский край',
      createdAt: day(20 - i),
    })),
  );
  const QUERY = `query($filter: VacancySearchInput, $page: PageInput) {
    vacancySearch(filter: $filter, page: $page) {
      total items { id title city region schedule employmentType confirmedAt jobCenter { id } }
    }
  }`;
  const counts = [];
  for (const limit of [3, 12]) {
    harness.sql.reset();
    const { data, errors } = await harness.request(anonymous, QUERY, {
      filter: { query: 'оператор', city: 'Рубцовск', jobCenterId },
      page: { limit, offset: 0 },
    });
    expect(errors).toBeUndefined();
    expect(data!['vacancySearch'].items).toHaveLength(limit);
    expect(data!['vacancySearch'].items[0].jobCenter).toEqual({ id: jobCenterId });
    counts.push(harness.sql.snapshot()['employer']);
  }
  expect(counts).toEqual([2, 2]);
  // A misspelt word counts once by its stems (nothing), looks up words spelt like it, counts them.
  harness.sql.reset();
  const misspelt = await harness.request(anonymous, QUERY, {
    filter: { query: 'аператор', jobCenterId },
    page: { limit: 12, offset: 0 },
  });
  expect(misspelt.data!['vacancySearch'].items).toHaveLength(12);
  expect(harness.sql.snapshot()['employer']).toBe(4);
});

test('the directory of localities suggests the largest places first, with their regions', async () => {
  const LOCALITIES =
    'query($search: String, $limit: Int) { localities(search: $search, limit: $limit) { name region } }';
  const { data } = await harness.request(anonymous, LOCALITIES, { search: 'барн' });
  expect(data!['localities'][0]).toEqual({ name: 'Барнаул', region: 'Алтайский край' });
  const namesakes = await harness.request(anonymous, LOCALITIES, { search: 'Железногорск' });
  expect(namesakes.data!['localities']).toEqual(
    expect.arrayContaining([
      { name: 'Железногорск', region: 'Красноярский край' },
      { name: 'Железногорск', region: 'Курская область' },
    ]),
  );
  const inRegion = await harness.request(
    anonymous,
    'query($region: String) { localities(region: $region, limit: 3) { name } localityRegions }',
    { region: 'Алтайский край' },
  );
  expect(inRegion.data!['localities']).toEqual([
    { name: 'Барнаул' },
    { name: 'Бийск' },
    { name: 'Рубцовск' },
  ]);
  expect(inRegion.data!['localityRegions']).toHaveLength(85);
  expect(inRegion.data!['localityRegions'][0]).toBe('Алтайский край');
  const first = await harness.request(anonymous, LOCALITIES, { limit: 2 });
  expect(first.data!['localities']).toEqual([
    { name: 'Москва', region: 'Москва' },
    { name: 'Санкт-Петербург', region: 'Санкт-Петербург' },
  ]);
  const tooMany = await harness.request(anonymous, LOCALITIES, { limit: 51 });
  expect(tooMany.errors?.[0]).toMatchObject({
    message: 'Укажите limit от 1 до 50',
    extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
  });
});
