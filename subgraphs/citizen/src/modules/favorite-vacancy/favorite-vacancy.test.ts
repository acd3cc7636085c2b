import { randomUUID } from 'node:crypto';
import { anonymous, type SignedInViewer, type Viewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { applicationExamples } from '../application-form/application-examples';
import { Appeal } from '../appeal/appeal.entity';
import type { VacancyState, VacancySummary } from '../federation/employer-subgraph';
import { createCitizenSubgraph } from '../../subgraph';
import { FavoriteVacancy } from './favorite-vacancy.entity';

/** The bank as employer would answer: the vacancies a test publishes or withdraws; every other id is unknown. */
const bank = new Map<string, VacancySummary>();
let employerDown = false;
const citizen = createCitizenSubgraph({
  jobCenters: { jobCenterExists: async () => true },
  vacancies: {
    vacancySummaries: async (ids) => {
      if (employerDown) throw new Error('employer answered 503');
      return new Map(ids.flatMap((id) => (bank.has(id) ? [[id, bank.get(id)!] as const] : [])));
    },
  },
});

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizen);
});
afterAll(() => harness.stop());

const published = (status: VacancyState = 'ACTIVE', title = 'Водитель погрузчика') => {
  const id = randomUUID();
  bank.set(id, { title, status });
  return id;
};
const withdraw = (id: string) => bank.set(id, { ...bank.get(id)!, status: 'WITHDRAWN' });

const ADD = 'mutation($id: ID!) { addFavoriteVacancy(vacancyId: $id) { id addedAt vacancy { id } } }';
const REMOVE = 'mutation($id: ID!) { removeFavoriteVacancy(vacancyId: $id) }';
const MINE = '{ myFavoriteVacancies { id addedAt vacancy { id isFavorite } } }';
const IS_FAVORITE =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { id isFavorite } } }';

const add = async (viewer: Viewer, vacancyId: string) => {
  const { data, errors } = await harness.request(viewer, ADD, { id: vacancyId });
  expect(errors).toBeUndefined();
  return data!['addFavoriteVacancy'] as { id: string; addedAt: string; vacancy: { id: string } };
};
const mine = async (viewer: Viewer) => {
  const { data, errors } = await harness.request(viewer, MINE);
  expect(errors).toBeUndefined();
  return (data!['myFavoriteVacancies'] as Array<{ vacancy: { id: string; isFavorite: boolean } }>).map(
    (favorite) => favorite.vacancy,
  );
};
const isFavorite = async (viewer: Viewer, vacancyIds: string[]) => {
  const { data, errors } = await harness.request(viewer, IS_FAVORITE, {
    r: vacancyIds.map((id) => ({ __typename: 'Vacancy', id })),
  });
  expect(errors).toBeUndefined();
  return (data!['_entities'] as Array<{ isFavorite: boolean | null }>).map((v) => v.isFavorite);
};
const rowsOf = (citizenId: string) => harness.running.orm.em.fork().count(FavoriteVacancy, { citizenId });

let ivanov: SignedInViewer;
beforeEach(() => {
  ivanov = someone.citizen();
});

test('adding a vacancy twice keeps one favourite with its first date; the newest added comes first', async () => {
  const welder = published();
  const cook = published();
  const first = await add(ivanov, welder);
  expect(first.vacancy).toEqual({ id: welder });
  expect(await add(ivanov, welder)).toEqual(first);
  await add(ivanov, cook);
  expect(await rowsOf(ivanov.userId)).toBe(2);
  expect(await mine(ivanov)).toEqual([
    { id: cook, isFavorite: true },
    { id: welder, isFavorite: true },
  ]);
});

test('removing takes the vacancy out of favourites; removing it again says it was not there', async () => {
  const vacancy = published();
  await add(ivanov, vacancy);
  expect((await harness.request(ivanov, REMOVE, { id: vacancy })).data).toEqual({
    removeFavoriteVacancy: true,
  });
  expect((await harness.request(ivanov, REMOVE, { id: vacancy })).data).toEqual({
    removeFavoriteVacancy: false,
  });
  expect(await mine(ivanov)).toEqual([]);
  expect(await isFavorite(ivanov, [vacancy])).toEqual([false]);
});

test("another citizen neither sees nor removes someone's favourites", async () => {
  const vacancy = published();
  await add(ivanov, vacancy);
  const petrova = someone.citizen();
  expect(await mine(petrova)).toEqual([]);
  expect(await isFavorite(petrova, [vacancy])).toEqual([false]);
  expect((await harness.request(petrova, REMOVE, { id: vacancy })).data).toEqual({
    removeFavoriteVacancy: false,
  });
  expect(await mine(ivanov)).toEqual([{ id: vacancy, isFavorite: true }]);
});

test('only citizens keep favourites; for everyone else isFavorite is null', async () => {
  const vacancy = published();
  await add(ivanov, vacancy);
  const staff = someone.staff(['REGISTRAR']);
  const employer = someone.employer();
  for (const viewer of [staff, employer]) {
    for (const query of [MINE, ADD, REMOVE]) {
      const { errors } = await harness.request(viewer, query, { id: vacancy });
      expect(errors?.[0]).toMatchObject({
        message: 'Избранные вакансии есть только у граждан: войдите как гражданин',
        extensions: { code: 'FORBIDDEN' },
      });
    }
  }
  const nobody = await harness.request(anonymous, MINE);
  expect(nobody.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  for (const viewer of [anonymous, staff, employer])
    expect(await isFavorite(viewer, [vacancy])).toEqual([null]);
});

test('a vacancy the bank does not have, a withdrawn one and a malformed id are refused on vacancyId', async () => {
  const refusal = async (vacancyId: string) => {
    const { errors } = await harness.request(ivanov, ADD, { id: vacancyId });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vacancyId' });
    return errors![0]!.message;
  };
  expect(await refusal(randomUUID())).toBe('Такой вакансии нет: выберите вакансию в банке вакансий');
  expect(await refusal(published('WITHDRAWN'))).toBe(
    'Вакансия снята с публикации: добавить её в избранное нельзя',
  );
  expect(await refusal('вакансия-1')).toMatch(/^Поле vacancyId: неверный идентификатор/);
  expect(await rowsOf(ivanov.userId)).toBe(0);
});

test('while employer cannot answer, adding says so and writes nothing', async () => {
  const vacancy = published();
  employerDown = true;
  try {
    const { errors } = await harness.request(ivanov, ADD, { id: vacancy });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'employer' });
    expect(errors?.[0]?.message).toMatch(/сведения о вакансиях временно недоступны/);
  } finally {
    employerDown = false;
  }
  expect(await rowsOf(ivanov.userId)).toBe(0);
});

test('a vacancy withdrawn after it was added stays in favourites, and adding it again keeps it', async () => {
  const vacancy = published();
  const added = await add(ivanov, vacancy);
  withdraw(vacancy);
  expect(await mine(ivanov)).toEqual([{ id: vacancy, isFavorite: true }]);
  expect(await add(ivanov, vacancy)).toEqual(added);
});

test('isFavorite for a page of vacancies costs one statement, for 3 vacancies as for 30', async () => {
  const statementsFor = async (count: number) => {
    const vacancies = Array.from({ length: count }, () => published());
    const kept = vacancies.filter((_, index) => index % 3 === 0);
    for (const vacancy of kept) await add(ivanov, vacancy);
    harness.sql.reset();
    const flags = await isFavorite(ivanov, vacancies);
    expect(flags).toEqual(vacancies.map((vacancy) => kept.includes(vacancy)));
    return harness.sql.snapshot();
  };
  expect(await statementsFor(3)).toEqual({ citizen: 1 });
  expect(await statementsFor(30)).toEqual({ citizen: 1 });
});

test('the list of favourites with isFavorite is two statements for 2 favourites as for 20', async () => {
  const statementsFor = async (count: number) => {
    const owner = someone.citizen();
    for (let i = 0; i < count; i += 1) await add(owner, published());
    harness.sql.reset();
    expect(await mine(owner)).toHaveLength(count);
    return harness.sql.snapshot();
  };
  expect(await statementsFor(2)).toEqual({ citizen: 2 });
  expect(await statementsFor(20)).toEqual({ citizen: 2 });
});

describe('the job-search application picks «Самостоятельно найденные вакансии» from favourites', () => {
  const centre = randomUUID();
  const registrar = someone.staff(['REGISTRAR'], centre);
  const FIELDS = 'application { fields { key display values } }';
  const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id ${FIELDS} } }`;
  const READ = `query($id: ID!) { appeal(id: $id) { ${FIELDS} } }`;
  const apply = (viewer: Viewer, vacancyIds: string[], salaryFrom = '55 000') =>
    harness.request(viewer, SUBMIT, {
      input: {
        type: 'JOB_SEARCH_ASSISTANCE',
        jobCenterId: centre,
        contactPhone: '+7 913 123-45-67',
        fields: [
          ...applicationExamples.JOB_SEARCH_ASSISTANCE.filter(
            (answer) => answer.key !== 'foundVacancies' && answer.key !== 'salaryFrom',
          ),
          { key: 'salaryFrom', value: salaryFrom },
          { key: 'foundVacancies', values: vacancyIds },
        ],
      },
    });
  type Answer = { key: string; display: string; values: string[] };
  const foundVacancies = (application: Array<{ fields: Answer[] }>) =>
    application.flatMap((group) => group.fields).find((field) => field.key === 'foundVacancies');
  const appealsOf = (viewer: SignedInViewer) =>
    harness.running.orm.em.fork().count(Appeal, { applicantId: viewer.userId });

  test('a vacancy that is not the applicant’s favourite is refused on the field, with every other problem', async () => {
    const welder = published();
    const othersFavorite = published();
    await add(ivanov, welder);
    await add(someone.citizen(), othersFavorite);
    const { errors } = await apply(ivanov, [welder, othersFavorite], 'много');
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'fields.salaryFrom', message: expect.stringContaining('целое число') },
      {
        field: 'fields.foundVacancies',
        message: '«Самостоятельно найденные вакансии»: выберите вакансии из избранного',
      },
    ]);
    expect(await appealsOf(ivanov)).toBe(0);
  });

  test('favourites are stored with their titles at submission, and the centre reads the titles', async () => {
    const welder = published('ACTIVE', 'Электрогазосварщик');
    const cook = published('ACTIVE', 'Повар горячего цеха');
    await add(ivanov, welder);
    await add(ivanov, cook);
    const { data, errors } = await apply(ivanov, [cook.toUpperCase(), welder]);
    expect(errors).toBeUndefined();
    const { id, application } = data!['submitAppeal'];
    const expected = {
      key: 'foundVacancies',
      display: 'Повар горячего цеха; Электрогазосварщик',
      values: [cook, welder],
    };
    expect(foundVacancies(application)).toEqual(expected);

    bank.set(cook, { title: 'Повар', status: 'WITHDRAWN' });
    const read = await harness.request(registrar, READ, { id });
    expect(read.errors).toBeUndefined();
    expect(foundVacancies(read.data!['appeal'].application)).toEqual(expected);
    const [row] = await harness.running.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ application: Record<string, unknown>; application_vacancies: unknown }>>(
        'select application, application_vacancies from citizen.appeal where id = ?',
        [id],
      );
    expect(row!.application['foundVacancies']).toEqual([cook, welder]);
    expect(row!.application_vacancies).toEqual({
      [cook]: 'Повар горячего цеха',
      [welder]: 'Электрогазосварщик',
    });
  });

  test('a favourite withdrawn since it was added is refused by its title', async () => {
    const welder = published('ACTIVE', 'Электрогазосварщик');
    await add(ivanov, welder);
    withdraw(welder);
    const { errors } = await apply(ivanov, [welder]);
    expect(errors?.[0]?.extensions?.['problems']).toEqual([
      {
        field: 'fields.foundVacancies',
        message:
          '«Самостоятельно найденные вакансии»: вакансия «Электрогазосварщик» снята с публикации — уберите её из выбранных',
      },
    ]);
    expect(await appealsOf(ivanov)).toBe(0);
  });
});
