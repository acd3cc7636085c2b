import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { employerFixtures, type VacancyFixture } from '../../fixtures';
import { employer } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(employer);
});
afterAll(() => harness.stop());

const vacancy = async (fixture: VacancyFixture) =>
  (await employerFixtures.vacancy(harness.running.orm.em.fork(), fixture)).id;

const MATCHES = `query($criteria: VacancyMatchCriteria!, $page: PageInput) {
  vacancyMatches(criteria: $criteria, page: $page) { vacancy { id title jobCenter { id } } score reasons }
}`;

interface Match {
  vacancy: { id: string; title: string };
  score: number;
  reasons: string[];
}

const matches = async (criteria: Record<string, unknown>, page: Record<string, number> = { limit: 200 }) => {
  const { data, errors } = await harness.request(someone.citizen(), MATCHES, { criteria, page });
  expect(errors).toBeUndefined();
  return data!['vacancyMatches'] as Match[];
};
/** The test's own vacancies among the matches, in their order: other tests' vacancies may match too. */
const amongMatches = async (ids: string[], criteria: Record<string, unknown>) =>
  (await matches(criteria)).filter((match) => ids.includes(match.vacancy.id));

test('ranks active vacancies by profession, skills, city and salary, and says why each matches', async () => {
  const exact = await vacancy({
    title: 'Бухгалтер',
    duties: 'Учёт первичных документов, сверки с контрагентами, работа в 1С:Бухгалтерия 8.3',
    requirements: 'Уверенный пользователь Excel',
    city: 'Барнаул',
    salaryFrom: 60000,
  });
  const chief = await vacancy({
    title: 'Главный бухгалтер',
    requirements: 'Опыт работы в 1С от трёх лет',
    city: 'Бийск',
    salaryFrom: 45000,
    salaryTo: 55000,
  });
  const cashier = await vacancy({ title: 'Бухгалтер-кассир', city: 'Барнаул', salaryFrom: 30000 });
  const economist = await vacancy({ title: 'Экономист', duties: 'Анализ затрат в Excel', city: 'Барнаул' });
  const driver = await vacancy({ title: 'Водитель категории C', city: 'Барнаул', salaryFrom: 90000 });
  const withdrawn = await vacancy({ title: 'Бухгалтер', city: 'Барнаул', status: 'WITHDRAWN' });

  const found = await amongMatches([exact, chief, cashier, economist, driver, withdrawn], {
    position: 'Бухгалтер',
    skills: ['Excel', '1С'],
    city: 'барнаул',
    expectedSalary: 50000,
  });
  expect(found.map(({ vacancy: { id }, reasons }) => ({ id, reasons }))).toEqual([
    {
      id: exact,
      reasons: ['совпадает профессия', 'навыки: Excel, 1С', 'тот же город', 'зарплата выше ожидаемой'],
    },
    { id: chief, reasons: ['совпадает профессия', 'навыки: 1С', 'зарплата соответствует ожиданиям'] },
    { id: cashier, reasons: ['совпадает профессия', 'тот же город'] },
    { id: economist, reasons: ['навыки: Excel', 'тот же город'] },
  ]);
  const scores = found.map((match) => match.score);
  expect(scores[0]).toBe(1);
  expect(scores).toEqual([...new Set(scores)].sort((a, b) => b - a));
  expect(scores.at(-1)).toBeGreaterThan(0);
});

test('the profession matches across word forms and typos', async () => {
  const drivers = await vacancy({ title: 'Водитель-экспедитор категории B' });
  const welder = await vacancy({ title: 'Электрогазосварщик' });
  const byForm = await amongMatches([drivers, welder], { position: 'водители' });
  expect(byForm.map((match) => [match.vacancy.id, match.reasons])).toEqual([
    [drivers, ['совпадает профессия']],
  ]);
  const byTypo = await amongMatches([drivers, welder], { position: 'Электрогазосваршик' });
  expect(byTypo.map((match) => [match.vacancy.id, match.reasons])).toEqual([
    [welder, ['совпадает профессия']],
  ]);
});

test('pages through the matches, best first and then newest', async () => {
  const titles = ['Реставратор витражей', 'Реставратор витражей и мозаики', 'Реставратор', 'Витражист'];
  const ids: string[] = [];
  for (const [index, title] of titles.entries())
    ids.push(await vacancy({ title, createdAt: new Date(Date.UTC(2026, 10, 1 + index)) }));
  const all = await matches({ position: 'Реставратор витражей' });
  expect(all.map((match) => match.vacancy.id)).toEqual([ids[0], ids[1], ids[2]]);
  expect(all.map((match) => match.score)).toEqual([...all.map((match) => match.score)].sort((a, b) => b - a));
  const second = await matches({ position: 'Реставратор витражей' }, { limit: 2, offset: 2 });
  expect(second.map((match) => match.vacancy.id)).toEqual([ids[2]]);
});

test("only candidates found through the indexes are scored, the citizen's city among them first", async () => {
  const elsewhere: string[] = [];
  for (let i = 0; i < 110; i += 1) elsewhere.push(await vacancy({ title: 'Сыровар', city: 'Рубцовск' }));
  const nearby = await vacancy({ title: 'Сыровар', city: 'Камень-на-Оби' });
  const criteria = { position: 'Сыровар', city: 'Камень-на-Оби' };
  const found = await matches(criteria);
  expect(found[0]!.vacancy.id).toBe(nearby);
  expect(found[0]!.reasons).toEqual(['совпадает профессия', 'тот же город']);
  // 100 candidates a way: fewer than the 111 that would match if every vacancy were scored.
  expect(found.length).toBeGreaterThanOrEqual(100);
  expect(found.length).toBeLessThan(111);
  expect(found.every((match) => [nearby, ...elsewhere].includes(match.vacancy.id))).toBe(true);
});

test('the matches are one SQL statement, for 3 as for 30', async () => {
  const statementsFor = async (count: number, position: string) => {
    for (let i = 0; i < count; i += 1) await vacancy({ title: position });
    harness.sql.reset();
    expect(await matches({ position })).toHaveLength(count);
    return harness.sql.snapshot();
  };
  expect(await statementsFor(3, 'Делопроизводитель')).toEqual({ employer: 1 });
  expect(await statementsFor(30, 'Архивариус')).toEqual({ employer: 1 });
});

test('bad criteria are refused naming the field; anyone may ask, as in the bank', async () => {
  const refusal = async (criteria: Record<string, unknown>) => {
    const { errors } = await harness.request(anonymous, MATCHES, { criteria });
    return errors?.[0];
  };
  expect(await refusal({ position: '   ' })).toMatchObject({
    message: 'Укажите желаемую должность',
    extensions: { code: 'BAD_USER_INPUT', field: 'position' },
  });
  expect(
    await refusal({ position: 'Повар', skills: Array.from({ length: 31 }, (_, i) => `навык ${i}`) }),
  ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'skills' } });
  expect(await refusal({ position: 'Повар', expectedSalary: -1 })).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'expectedSalary' },
  });
  const { errors } = await harness.request(anonymous, MATCHES, { criteria: { position: 'Повар' } });
  expect(errors).toBeUndefined();
});
