import { randomUUID } from 'node:crypto';
import { applicationExamples, given, type Given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

/** Employers cannot withdraw through GraphQL yet: the test withdraws as the employer's cabinet will. */
const withdraw = (vacancyId: string) =>
  stack.subgraphs.employer.orm.em
    .fork()
    .getConnection()
    .execute(`update employer.vacancy set status = 'WITHDRAWN' where id = ?`, [vacancyId]);

const MY_FAVORITES = `{ myFavoriteVacancies {
  vacancy { id title status employerName isFavorite jobCenter { name } }
} }`;

test('a citizen keeps favourites across subgraphs; a withdrawn one stays, marked withdrawn; nobody else sees them', async () => {
  const { citizen, welder, cook, jobCenter, organization, other } = await given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Бийск' })
    .organization({ name: 'ООО «Металлоконструкции Бии»' })
    .vacancy({ as: 'welder', title: 'Электрогазосварщик' })
    .vacancy({ as: 'cook', title: 'Повар' })
    .citizen()
    .favoriteVacancy()
    .citizen({ as: 'other' });
  const added = await stack.request(
    citizen.token,
    'mutation($id: ID!) { addFavoriteVacancy(vacancyId: $id) { vacancy { id isFavorite } } }',
    { id: welder.id },
  );
  expect(added.data!['addFavoriteVacancy']).toEqual({ vacancy: { id: welder.id, isFavorite: true } });
  await withdraw(welder.id);

  const { data, errors } = await stack.request(citizen.token, MY_FAVORITES);
  expect(errors).toBeUndefined();
  const shown = (id: string, title: string, status: string) => ({
    vacancy: {
      id,
      title,
      status,
      employerName: organization.name,
      isFavorite: true,
      jobCenter: { name: jobCenter.name },
    },
  });
  expect(data!['myFavoriteVacancies']).toEqual([
    shown(welder.id, 'Электрогазосварщик', 'WITHDRAWN'),
    shown(cook.id, 'Повар', 'ACTIVE'),
  ]);

  const theirs = await stack.request(other.token, MY_FAVORITES);
  expect(theirs.data!['myFavoriteVacancies']).toEqual([]);
  const removed = await stack.request(
    other.token,
    'mutation($id: ID!) { removeFavoriteVacancy(vacancyId: $id) }',
    {
      id: cook.id,
    },
  );
  expect(removed.data!['removeFavoriteVacancy']).toBe(false);
  expect((await stack.request(citizen.token, MY_FAVORITES)).data!['myFavoriteVacancies']).toHaveLength(2);
});

test('employer refuses what the bank does not publish: an unknown vacancy and a withdrawn one', async () => {
  const { citizen, vacancy } = await given(stack).vacancy({ status: 'WITHDRAWN' }).citizen();
  const ADD = 'mutation($id: ID!) { addFavoriteVacancy(vacancyId: $id) { id } }';
  for (const [id, message] of [
    [randomUUID(), 'Такой вакансии нет: выберите вакансию в банке вакансий'],
    [vacancy.id, 'Вакансия снята с публикации: добавить её в избранное нельзя'],
  ] as const) {
    const { errors } = await stack.request(citizen.token, ADD, { id });
    expect(errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'vacancyId' },
    });
  }
  expect((await stack.request(citizen.token, MY_FAVORITES)).data!['myFavoriteVacancies']).toEqual([]);
});

test('isFavorite on the bank answers each citizen for themselves and nobody else', async () => {
  const { citizen, kept, notKept, other, employer, staff } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR')
    .employer()
    .vacancy({ as: 'kept', title: 'Кладовщик' })
    .citizen()
    .favoriteVacancy()
    .vacancy({ as: 'notKept', title: 'Грузчик' })
    .citizen({ as: 'other' });
  const query = 'query($id: ID!) { vacancy(id: $id) { id isFavorite } }';
  const flag = async (token: string | null, id: string) =>
    (await stack.request(token, query, { id })).data!['vacancy'].isFavorite;
  expect(await flag(citizen.token, kept.id)).toBe(true);
  expect(await flag(citizen.token, notKept.id)).toBe(false);
  expect(await flag(other.token, kept.id)).toBe(false);
  for (const token of [null, employer.token, staff.token]) expect(await flag(token, kept.id)).toBeNull();
});

test('matches with isFavorite cost one statement in employer and one in citizen, for 3 vacancies as for 30', async () => {
  const { citizen } = await given(stack).citizen();
  const statementsFor = async (count: number, position: string) => {
    let vacancies: Given<object> = given(stack).jobCenter().organization();
    for (let i = 0; i < count; i += 1) vacancies = vacancies.vacancy({ as: `vacancy${i}`, title: position });
    await vacancies;
    stack.sql.reset();
    const { data, errors } = await stack.request(
      citizen.token,
      `query($criteria: VacancyMatchCriteria!) { vacancyMatches(criteria: $criteria, page: { limit: 100 }) {
        score reasons vacancy { id title isFavorite }
      } }`,
      { criteria: { position } },
    );
    expect(errors).toBeUndefined();
    const matches = data!['vacancyMatches'] as Array<{ reasons: string[]; vacancy: { isFavorite: boolean } }>;
    expect(matches).toHaveLength(count);
    expect(matches[0]).toMatchObject({ reasons: ['совпадает профессия'], vacancy: { isFavorite: false } });
    // Identity may be asked whether the session is still on, once per half minute: not part of the list.
    const { employer, citizen: ofCitizen } = stack.sql.snapshot();
    return { employer, citizen: ofCitizen };
  };
  expect(await statementsFor(3, 'Инженер-сметчик')).toEqual({ employer: 1, citizen: 1 });
  expect(await statementsFor(30, 'Лаборант химического анализа')).toEqual({ employer: 1, citizen: 1 });
});

test('the job-search application takes found vacancies only from favourites; the centre reads their titles', async () => {
  const { citizen, staff, jobCenter, kept, notKept } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR')
    .organization()
    .vacancy({ as: 'kept', title: 'Оператор линии розлива' })
    .citizen()
    .favoriteVacancy()
    .vacancy({ as: 'notKept', title: 'Машинист бульдозера' });
  const apply = (vacancyIds: string[]) =>
    stack.request(
      citizen.token,
      'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
      {
        input: {
          type: 'JOB_SEARCH_ASSISTANCE',
          jobCenterId: jobCenter.id,
          contactPhone: '+7 913 123-45-67',
          fields: [
            ...applicationExamples.JOB_SEARCH_ASSISTANCE.filter((answer) => answer.key !== 'foundVacancies'),
            { key: 'foundVacancies', values: vacancyIds },
          ],
        },
      },
    );

  const refused = await apply([kept.id, notKept.id]);
  expect(refused.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'fields.foundVacancies',
    problems: [
      {
        field: 'fields.foundVacancies',
        message: '«Самостоятельно найденные вакансии»: выберите вакансии из избранного',
      },
    ],
  });

  const filed = await apply([kept.id]);
  expect(filed.errors).toBeUndefined();
  const { data, errors } = await stack.request(
    staff.token,
    'query($id: ID!) { appeal(id: $id) { application { fields { key display values } } } }',
    { id: filed.data!['submitAppeal'].id },
  );
  expect(errors).toBeUndefined();
  const fields = (data!['appeal'].application as Array<{ fields: Array<{ key: string }> }>).flatMap(
    (group) => group.fields,
  );
  expect(fields.find((field) => field.key === 'foundVacancies')).toEqual({
    key: 'foundVacancies',
    display: 'Оператор линии розлива',
    values: [kept.id],
  });
});
