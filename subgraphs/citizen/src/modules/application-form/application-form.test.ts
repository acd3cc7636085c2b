import { randomUUID } from 'node:crypto';
import { anonymous, type SignedInViewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../../test/citizen-alone';
import type { AppealType } from '../appeal/appeal.enums';
import { Appeal } from '../appeal/appeal.entity';
import { applicationExamples, type ApplicationFieldAnswerInput } from './application-examples';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const barnaul = randomUUID();
const barnaulOperator = someone.staff(['REGISTRAR'], barnaul);
/** A citizen of each test alone: a citizen may submit only so many appeals a minute. */
let applicant: SignedInViewer;
beforeEach(() => {
  applicant = someone.citizen();
});

type Type = `${AppealType}`;
const SUBMIT = `mutation($input: SubmitAppealInput!) {
  submitAppeal(input: $input) { id type application { key title fields { key label kind display values } } }
}`;
const submit = (type: Type, fields: ApplicationFieldAnswerInput[], extra: Record<string, unknown> = {}) =>
  harness.request(applicant, SUBMIT, {
    input: { type, jobCenterId: barnaul, contactPhone: '+7 913 123-45-67', fields, ...extra },
  });
/** The job-search example with some answers replaced (a key given undefined is left out). */
const jobSearch = (changes: Record<string, Omit<ApplicationFieldAnswerInput, 'key'> | undefined>) => [
  ...applicationExamples.JOB_SEARCH_ASSISTANCE.filter((answer) => !(answer.key in changes)),
  ...Object.entries(changes).flatMap(([key, answer]) => (answer ? [{ key, ...answer }] : [])),
];
const problemsOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors?.[0]?.extensions?.['problems'] as Array<{ field: string; message: string }> | undefined) ?? [];
const appealsOf = (viewer: SignedInViewer) =>
  harness.running.orm.em.fork().count(Appeal, { applicantId: viewer.userId });

describe('the form of each service', () => {
  const FORM = `query($type: AppealType!) {
    applicationForm(type: $type) {
      type
      groups { key title fields { key label kind required options { value label } maxLength min max maxItems hint prefill inputField } }
    }
  }`;

  test.each(Object.keys(applicationExamples) as Type[])(
    '%s: groups of fields, contacts prefilled from the profile last, options on every list',
    async (type) => {
      const { data, errors } = await harness.request(applicant, FORM, { type });
      expect(errors).toBeUndefined();
      const form = data!['applicationForm'];
      expect(form.type).toBe(type);
      const contacts = form.groups.at(-1);
      expect(contacts.fields.map((f: { key: string; prefill: string | null }) => [f.key, f.prefill])).toEqual(
        [
          ['contactPhone', 'PHONE'],
          ['contactEmail', 'EMAIL'],
          ['comment', null],
        ],
      );
      for (const group of form.groups)
        for (const field of group.fields) {
          expect(field.label).toMatch(/[а-яё]/i);
          if (field.kind === 'SELECT' || field.kind === 'MULTISELECT')
            expect(field.options.length).toBeGreaterThan(1);
        }
    },
  );

  test('the job-search form keeps found vacancies from favourites on its «Пожелания» tab', async () => {
    const { data } = await harness.request(applicant, FORM, { type: 'JOB_SEARCH_ASSISTANCE' });
    const wishes = data!['applicationForm'].groups.find((g: { title: string }) => g.title === 'Пожелания');
    expect(wishes.fields).toContainEqual(
      expect.objectContaining({
        key: 'foundVacancies',
        label: 'Самостоятельно найденные вакансии',
        kind: 'FAVORITE_VACANCIES',
        maxItems: 20,
      }),
    );
  });

  test('staff read the forms too; employers and anonymous callers are refused', async () => {
    const staff = await harness.request(barnaulOperator, FORM, { type: 'CAREER_GUIDANCE' });
    expect(staff.errors).toBeUndefined();
    const employer = await harness.request(someone.employer(randomUUID()), FORM, { type: 'CAREER_GUIDANCE' });
    expect(employer.errors?.[0]).toMatchObject({
      message: 'Формы заявлений открыты гражданам и сотрудникам ЦЗН',
      extensions: { code: 'FORBIDDEN' },
    });
    const nobody = await harness.request(anonymous, FORM, { type: 'CAREER_GUIDANCE' });
    expect(nobody.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('required fields of each service', () => {
  test.each<[Type, string[]]>([
    ['JOB_SEARCH_ASSISTANCE', ['desiredPositions', 'workExperience', 'education']],
    ['LABOR_MARKET_INFO', ['topics', 'district']],
    ['CAREER_GUIDANCE', ['goal', 'occupation']],
    ['PUBLIC_WORKS', ['period', 'workKinds', 'district']],
    ['TEMPORARY_EMPLOYMENT', ['category', 'period', 'workKinds', 'district']],
    ['VOCATIONAL_TRAINING', ['programme', 'studyForm', 'education']],
    ['SELF_EMPLOYMENT_SUPPORT', ['businessIdea', 'field', 'needs']],
  ])('%s without answers names each required field at once', async (type, required) => {
    const { data, errors } = await submit(type, []);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `fields.${required[0]}` });
    const problems = problemsOf(errors);
    expect(problems.map((p) => p.field)).toEqual(required.map((key) => `fields.${key}`));
    for (const problem of problems) expect(problem.message).toMatch(/^(Заполните поле|Выберите:) «/);
    expect(await appealsOf(applicant)).toBe(0);
  });

  test.each(['JOB_SEARCH_ASSISTANCE', 'LABOR_MARKET_INFO', 'CAREER_GUIDANCE'] as Type[])(
    '%s with its whole example is filed',
    async (type) => {
      const { data, errors } = await submit(type, applicationExamples[type as AppealType]);
      expect(errors).toBeUndefined();
      expect(data!['submitAppeal'].type).toBe(type);
    },
  );

  test.each([
    'PUBLIC_WORKS',
    'TEMPORARY_EMPLOYMENT',
    'VOCATIONAL_TRAINING',
    'SELF_EMPLOYMENT_SUPPORT',
  ] as Type[])(
    '%s with its whole example passes the form and is refused only for want of a personal case',
    async (type) => {
      const { errors } = await submit(type, applicationExamples[type as AppealType]);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
      expect(problemsOf(errors)).toEqual([]);
    },
  );
});

describe('each kind of field', () => {
  const refused = async (fields: ApplicationFieldAnswerInput[], type: Type = 'JOB_SEARCH_ASSISTANCE') => {
    const { errors } = await submit(type, fields);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    return problemsOf(errors);
  };
  const filed = async (fields: ApplicationFieldAnswerInput[], type: Type = 'JOB_SEARCH_ASSISTANCE') => {
    const { data, errors } = await submit(type, fields);
    expect(errors).toBeUndefined();
    const groups = data!['submitAppeal'].application as Array<{
      fields: Array<{ key: string; display: string; values: string[] }>;
    }>;
    return Object.fromEntries(groups.flatMap((g) => g.fields).map((f) => [f.key, [f.display, f.values]]));
  };

  test.each<[string, Record<string, Omit<ApplicationFieldAnswerInput, 'key'>>, string, string]>([
    [
      'TEXT on one line',
      { lastPosition: { value: 'водитель\nэкспедитор' } },
      'lastPosition',
      '«Последнее место работы и должность»: одна строка, без переводов строки',
    ],
    [
      'TEXT within its length',
      { lastPosition: { value: 'я'.repeat(201) } },
      'lastPosition',
      '«Последнее место работы и должность»: не больше 200 символов (сейчас 201)',
    ],
    [
      'TEXTAREA within its length',
      { wishes: { value: 'я'.repeat(2001) } },
      'wishes',
      '«Другие пожелания»: не больше 2000 символов (сейчас 2001)',
    ],
    [
      'MONEY in digits',
      { salaryFrom: { value: 'пятьдесят тысяч' } },
      'salaryFrom',
      '«Зарплата от, ₽ в месяц»: укажите целое число цифрами',
    ],
    [
      'MONEY within its range',
      { salaryFrom: { value: '1000001' } },
      'salaryFrom',
      '«Зарплата от, ₽ в месяц»: число от 1 до 1\u00a0000\u00a0000',
    ],
    [
      'SELECT from its options',
      { workExperience: { value: 'FOREVER' } },
      'workExperience',
      '«Опыт работы»: выберите вариант из списка',
    ],
    [
      'MULTISELECT from its options',
      { schedule: { values: ['FULL_DAY', 'NIGHTS'] } },
      'schedule',
      '«График работы»: выберите варианты из списка',
    ],
    [
      'TAGS no more than allowed',
      { desiredPositions: { values: ['а', 'б', 'в', 'г', 'д', 'е'] } },
      'desiredPositions',
      '«Желаемые должности»: не больше 5 (сейчас 6)',
    ],
    [
      'TAGS each within its length',
      { desiredPositions: { values: ['я'.repeat(101)] } },
      'desiredPositions',
      '«Желаемые должности»: каждое значение не длиннее 100 символов',
    ],
    [
      'FAVORITE_VACANCIES of vacancy ids',
      { foundVacancies: { values: ['вакансия'] } },
      'foundVacancies',
      '«Самостоятельно найденные вакансии»: выберите вакансии из избранного',
    ],
    [
      'FAVORITE_VACANCIES no more than 20',
      { foundVacancies: { values: Array.from({ length: 21 }, () => randomUUID()) } },
      'foundVacancies',
      '«Самостоятельно найденные вакансии»: не больше 20 (сейчас 21)',
    ],
    [
      'a list kind takes values',
      { desiredPositions: { value: 'Водитель' } },
      'desiredPositions',
      '«Желаемые должности»: передайте список значений (values)',
    ],
    [
      'a single kind takes value',
      { education: { values: ['VOCATIONAL_SECONDARY'] } },
      'education',
      '«Образование»: передайте одно значение (value)',
    ],
  ])('%s', async (_, changes, key, message) => {
    expect(await refused(jobSearch(changes))).toEqual([{ field: `fields.${key}`, message }]);
  });

  test('NUMBER, DATE, DATE_RANGE and CHECKBOX say what is wrong', async () => {
    const publicWorks = (changes: Record<string, Omit<ApplicationFieldAnswerInput, 'key'>>) => [
      ...applicationExamples.PUBLIC_WORKS.filter((a) => !(a.key in changes)),
      ...Object.entries(changes).map(([key, answer]) => ({ key, ...answer })),
    ];
    expect(await refused(publicWorks({ hoursPerDay: { value: '13' } }), 'PUBLIC_WORKS')).toEqual([
      { field: 'fields.hoursPerDay', message: '«Сколько часов в день готовы работать»: число от 1 до 12' },
    ]);
    expect(await refused(publicWorks({ period: { values: ['2027-05-01'] } }), 'PUBLIC_WORKS')).toEqual([
      { field: 'fields.period', message: '«Период участия»: укажите дату начала и дату окончания' },
    ]);
    expect(
      await refused(publicWorks({ period: { values: ['2027-02-30', '2027-03-31'] } }), 'PUBLIC_WORKS'),
    ).toEqual([
      { field: 'fields.period', message: '«Период участия»: укажите дату начала и дату окончания' },
    ]);
    expect(
      await refused(publicWorks({ period: { values: ['2027-08-31', '2027-05-01'] } }), 'PUBLIC_WORKS'),
    ).toEqual([
      { field: 'fields.period', message: '«Период участия»: дата окончания не раньше даты начала' },
    ]);
    const training = [
      ...applicationExamples.VOCATIONAL_TRAINING.filter(
        (a) => !['startFrom', 'employerReady'].includes(a.key),
      ),
      { key: 'startFrom', value: '01.02.2027' },
      { key: 'employerReady', value: 'да' },
    ];
    expect(await refused(training, 'VOCATIONAL_TRAINING')).toEqual([
      {
        field: 'fields.startFrom',
        message: '«Когда готовы приступить к обучению»: дата в формате ГГГГ-ММ-ДД',
      },
      {
        field: 'fields.employerReady',
        message: '«Есть работодатель, готовый принять после обучения»: отметьте или снимите отметку',
      },
    ]);
  });

  test('answers are kept canonical and shown as people read them', async () => {
    const favorite = await harness.request(
      applicant,
      'mutation($id: ID!) { addFavoriteVacancy(vacancyId: $id) { id } }',
      { id: '8f14e45f-ceea-467a-9b5f-3d2a2f6e1c11' },
    );
    expect(favorite.errors).toBeUndefined();
    const answers = await filed(
      jobSearch({
        desiredPositions: { values: [' Водитель ', 'водитель', 'Экспедитор', ''] },
        salaryFrom: { value: '55 000' },
        schedule: { values: ['SHIFT', 'SHIFT', 'FULL_DAY'] },
        foundVacancies: { values: ['8F14E45F-CEEA-467A-9B5F-3D2A2F6E1C11'] },
      }),
    );
    expect(answers['desiredPositions']).toEqual(['Водитель, Экспедитор', ['Водитель', 'Экспедитор']]);
    expect(answers['salaryFrom']).toEqual(['55\u00a0000 ₽', ['55000']]);
    expect(answers['schedule']).toEqual(['Сменный график, Полный день', ['SHIFT', 'FULL_DAY']]);
    expect(answers['foundVacancies']).toEqual([
      'Вакансия 8f14e45f',
      ['8f14e45f-ceea-467a-9b5f-3d2a2f6e1c11'],
    ]);
    expect(answers['education']).toEqual(['Среднее профессиональное', ['VOCATIONAL_SECONDARY']]);
  });

  test('an unknown or repeated field is refused, and every bad field is named at once in the form’s order', async () => {
    const problems = await refused([
      ...jobSearch({ workExperience: { value: 'FOREVER' }, salaryFrom: { value: '0' } }),
      { key: 'education', value: 'HIGHER_BACHELOR' },
      { key: 'favouriteColour', value: 'синий' },
    ]);
    expect(problems).toEqual([
      { field: 'fields.salaryFrom', message: '«Зарплата от, ₽ в месяц»: число от 1 до 1\u00a0000\u00a0000' },
      { field: 'fields.workExperience', message: '«Опыт работы»: выберите вариант из списка' },
      { field: 'fields.education', message: '«Образование» указано дважды' },
      {
        field: 'fields.favouriteColour',
        message: 'В этом заявлении нет поля «favouriteColour»: обновите страницу и заполните форму заново',
      },
    ]);
  });

  test('contacts are named with the form’s fields in one refusal, in the order of the form', async () => {
    const { errors } = await submit('CAREER_GUIDANCE', [], { contactPhone: '123', contactEmail: 'ivanov@' });
    expect(problemsOf(errors)).toEqual([
      { field: 'fields.goal', message: 'Выберите: «Цель обращения»' },
      { field: 'fields.occupation', message: 'Выберите: «Чем вы сейчас заняты»' },
      { field: 'contactPhone', message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX' },
      { field: 'contactEmail', message: 'Проверьте адрес электронной почты, например ivanov@mail.ru' },
    ]);
    expect(errors?.[0]).toMatchObject({
      message: 'Выберите: «Цель обращения»',
      extensions: { field: 'fields.goal' },
    });
  });
});

describe('the application on the appeal', () => {
  const READ = `query($id: ID!) { appeal(id: $id) { id application { key title fields { key display } } } }`;

  test('is stored with the appeal and shown grouped in the form’s order to the applicant and the centre', async () => {
    const { data } = await submit('JOB_SEARCH_ASSISTANCE', applicationExamples.JOB_SEARCH_ASSISTANCE);
    const { id } = data!['submitAppeal'];
    const expected = [
      {
        key: 'desiredJob',
        title: 'Желаемая работа',
        fields: [
          { key: 'desiredPositions', display: 'Водитель категории C, Экспедитор' },
          { key: 'salaryFrom', display: '55\u00a0000 ₽' },
          { key: 'schedule', display: 'Полный день, Сменный график' },
          { key: 'employmentType', display: 'Полная занятость' },
        ],
      },
      {
        key: 'background',
        title: 'Опыт и образование',
        fields: [
          { key: 'workExperience', display: 'От 3 до 6 лет' },
          { key: 'lastPosition', display: 'ООО «АлтайАгроТранс», водитель-экспедитор' },
          { key: 'education', display: 'Среднее профессиональное' },
          { key: 'specialty', display: 'Техническое обслуживание и ремонт автомобильного транспорта' },
        ],
      },
      {
        key: 'wishes',
        title: 'Пожелания',
        fields: [
          { key: 'district', display: 'Барнаул' },
          {
            key: 'wishes',
            display: 'Рассматриваю работу с командировками по краю, есть медицинская справка',
          },
        ],
      },
    ];
    for (const viewer of [applicant, barnaulOperator]) {
      const read = await harness.request(viewer, READ, { id });
      expect(read.data!['appeal'].application).toEqual(expected);
    }
    const [row] = await harness.running.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ application: Record<string, unknown> }>>(
        'select application from citizen.appeal where id = ?',
        [id],
      );
    expect(row!.application['salaryFrom']).toBe('55000');
  });

  test('dates and periods are shown as dd.MM.yyyy, numbers and marks in words', async () => {
    const training = await harness.running.orm.em.fork().getConnection();
    const id = randomUUID();
    await training.execute(
      `insert into citizen.appeal (id, number, type, applicant_id, job_center_id, contact_phone, application, created_at, updated_at)
       values (?, ?, 'VOCATIONAL_TRAINING', ?, ?, '+79131234567', ?, now(), now())`,
      [
        id,
        `T-${id.slice(0, 8)}`,
        applicant.userId,
        barnaul,
        JSON.stringify({ programme: 'Сварщик', startFrom: '2027-02-01', employerReady: 'false' }),
      ],
    );
    const read = await harness.request(applicant, READ, { id });
    expect(read.data!['appeal'].application).toEqual([
      {
        key: 'training',
        title: 'Обучение',
        fields: [
          { key: 'programme', display: 'Сварщик' },
          { key: 'startFrom', display: '01.02.2027' },
        ],
      },
      { key: 'employer', title: 'Работодатель', fields: [{ key: 'employerReady', display: 'Нет' }] },
    ]);
  });

  test('a retry with the same idempotency key gives the first appeal and its application, nothing more', async () => {
    const extra = { idempotencyKey: 'form-retry-1' };
    const first = await submit('CAREER_GUIDANCE', applicationExamples.CAREER_GUIDANCE, extra);
    const again = await submit(
      'CAREER_GUIDANCE',
      [
        ...applicationExamples.CAREER_GUIDANCE.filter((a) => a.key !== 'goal'),
        { key: 'goal', value: 'CAREER_GROWTH' },
      ],
      extra,
    );
    expect(again.data!['submitAppeal']).toEqual(first.data!['submitAppeal']);
    expect(await appealsOf(applicant)).toBe(1);
  });

  test('another citizen and another centre’s staff cannot read it by any path', async () => {
    const { data } = await submit('CAREER_GUIDANCE', applicationExamples.CAREER_GUIDANCE);
    const { id } = data!['submitAppeal'];
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { application { key } } } }`;
    for (const stranger of [someone.citizen(), someone.staff(['REGISTRAR'], randomUUID())]) {
      const read = await harness.request(stranger, READ, { id });
      expect(read.data).toBeNull();
      expect(read.errors?.[0]).toMatchObject({
        message: 'Обращение не найдено',
        extensions: { code: 'NOT_FOUND' },
      });
      const reference = await harness.request(stranger, ENTITIES, { r: [{ __typename: 'Appeal', id }] });
      expect(reference.data?.['_entities']).toEqual([null]);
      expect(reference.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const mine = await harness.request(stranger, '{ myAppeals { id } }');
      expect(mine.data!['myAppeals']).toEqual([]);
    }
    const reference = await harness.request(barnaulOperator, ENTITIES, { r: [{ __typename: 'Appeal', id }] });
    expect(reference.data!['_entities'][0].application.length).toBeGreaterThan(0);
  });

  test('lists with applications issue as many SQL statements for many appeals as for one', async () => {
    const centre = randomUUID();
    const staff = someone.staff(['REGISTRAR'], centre);
    const LISTS = [
      [applicant, '{ myAppeals { id application { key fields { key display values } } } }'],
      [staff, '{ jobCenterAppeals { id application { key fields { key display values } } } }'],
    ] as const;
    const statements = async () => {
      const counts = [];
      for (const [viewer, query] of LISTS) {
        harness.sql.reset();
        const { errors } = await harness.request(viewer, query);
        expect(errors).toBeUndefined();
        counts.push(harness.sql.snapshot());
      }
      return counts;
    };
    const file = () =>
      submit('JOB_SEARCH_ASSISTANCE', applicationExamples.JOB_SEARCH_ASSISTANCE, { jobCenterId: centre });
    await file();
    const forOne = await statements();
    for (let i = 0; i < 4; i++) await file();
    expect(await statements()).toEqual(forOne);
  });
});
