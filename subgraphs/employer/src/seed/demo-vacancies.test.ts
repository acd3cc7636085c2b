import { demoOrganizationIds } from '@czn/demo';
import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { Vacancy } from '../modules/vacancy/vacancy.entity';
import { employer } from '../subgraph';
import { demoVacancies } from './demo-vacancies';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(employer);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

test('seeding again changes nothing', async () => {
  const query = '{ vacancies(limit: 100) { id title createdAt } }';
  const before = await harness.request(anonymous, query);
  await harness.seedDemo();
  const after = await harness.request(anonymous, query);
  expect(after.data).toEqual(before.data);
  const seeded = await harness.running.orm.em
    .fork()
    .count(Vacancy, { id: { $in: demoVacancies.map((v) => v.id) } });
  expect(seeded).toBe(demoVacancies.length);
});

test('every demo vacancy belongs to an organisation; the demo employer’s posted the most', async () => {
  const byOrganization = new Map<string, number>();
  for (const vacancy of demoVacancies)
    byOrganization.set(vacancy.organizationId, (byOrganization.get(vacancy.organizationId) ?? 0) + 1);
  const [most] = [...byOrganization].sort((a, b) => b[1] - a[1]);
  expect(most).toEqual([demoOrganizationIds.altaiWarmWindows, 6]);
  expect(Object.values(demoOrganizationIds)).toEqual(expect.arrayContaining([...byOrganization.keys()]));
});

test('the demo bank answers searches and filters: every vacancy has its place, duties and terms', async () => {
  for (const vacancy of demoVacancies) {
    expect(vacancy.city).toBeTruthy();
    expect(vacancy.region).toBe('Алтайский край');
    expect(vacancy.duties).toBeTruthy();
  }
  const titles = async (filter: Record<string, unknown>) => {
    const { data, errors } = await harness.request(
      anonymous,
      'query($filter: VacancySearchInput) { vacancySearch(filter: $filter, page: { limit: 100 }) { items { title } } }',
      { filter },
    );
    expect(errors).toBeUndefined();
    return data!['vacancySearch'].items.map((item: { title: string }) => item.title);
  };
  expect(await titles({ query: 'бухгалтера' })).toEqual(['Главный бухгалтер', 'Бухгалтер']);
  expect(await titles({ city: 'Бийск', schedules: ['SHIFT'] })).toEqual([
    'Сварщик полуавтомата',
    'Администратор медицинского центра',
  ]);
  expect(await titles({ query: 'вахта', salaryFrom: 90000 })).toEqual([
    'Водитель грузового автомобиля на вахту',
  ]);
  expect(await titles({ employmentTypes: ['PROJECT'] })).toEqual(['Инженер-конструктор металлоконструкций']);
});
