import { applicationExamples, given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

type Type = keyof typeof applicationExamples;
const TYPES = Object.keys(applicationExamples) as Type[];

const FORM = `query($type: AppealType!) {
  applicationForm(type: $type) { type groups { key fields { key kind required inputField } } }
}`;
const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`;
const CARD = `query($id: ID!) { appeal(id: $id) { application { key title fields { key label display values } } } }`;

test.each(TYPES)(
  '%s: the citizen reads the form, files it whole, and the centre reads the answers grouped as the form groups them',
  async (type) => {
    // Unemployed at the centre, the citizen may apply for each of the seven (seed 001).
    const { citizen, staff, jobCenter } = await given(stack)
      .jobCenter()
      .staff('REGISTRAR')
      .citizen()
      .personalCase({ status: 'UNEMPLOYED' });
    const form = await stack.request(citizen.token, FORM, { type });
    expect(form.errors).toBeUndefined();
    const groups = form.data!['applicationForm'].groups as Array<{
      key: string;
      fields: Array<{ key: string; required: boolean; inputField: string | null }>;
    }>;
    const answerable = groups.flatMap((g) => g.fields).filter((f) => f.inputField === null);
    // The example answers every field of the form, required or not.
    expect(applicationExamples[type].map((a) => a.key).sort()).toEqual(answerable.map((f) => f.key).sort());

    const filed = await stack.request(citizen.token, SUBMIT, {
      input: {
        type,
        jobCenterId: jobCenter.id,
        contactPhone: '+7 (913) 555-00-11',
        contactEmail: 'applicant@example.ru',
        fields: applicationExamples[type],
      },
    });
    expect(filed.errors).toBeUndefined();
    const card = await stack.request(staff.token, CARD, { id: filed.data!['submitAppeal'].id });
    expect(card.errors).toBeUndefined();
    const shown = card.data!['appeal'].application as Array<{ key: string; fields: Array<{ key: string }> }>;
    const answered = applicationExamples[type].filter((a) => a.value || a.values?.length).map((a) => a.key);
    expect(shown.flatMap((g) => g.fields.map((f) => f.key))).toEqual(
      answerable.map((f) => f.key).filter((key) => answered.includes(key)),
    );
    expect(shown.map((g) => g.key)).toEqual(
      groups.filter((g) => g.fields.some((f) => answered.includes(f.key))).map((g) => g.key),
    );
  },
);

test.each(TYPES)('%s: every bad field comes back through the gateway at once, named', async (type) => {
  const { citizen, jobCenter } = await given(stack).jobCenter().citizen();
  const { data, errors } = await stack.request(citizen.token, SUBMIT, {
    input: { type, jobCenterId: jobCenter.id, contactPhone: '+7 (913) 555-00-11', fields: [{ key: 'nope' }] },
  });
  expect(data).toBeNull();
  const problems = errors?.[0]?.extensions?.['problems'] as Array<{ field: string; message: string }>;
  expect(errors?.[0]?.extensions?.['field']).toBe(problems[0]!.field);
  // The required fields first, in the form's order; the key the form does not have last.
  expect(problems.at(-1)).toEqual({
    field: 'fields.nope',
    message: 'В этом заявлении нет поля «nope»: обновите страницу и заполните форму заново',
  });
  expect(problems.length).toBeGreaterThan(1);
  for (const problem of problems.slice(0, -1))
    expect(problem.message).toMatch(/^(Заполните поле|Выберите:) «/);
  const mine = await stack.request(citizen.token, '{ myAppeals { id } }');
  expect(mine.data!['myAppeals']).toEqual([]);
});

test('another centre’s staff and another citizen do not reach an application', async () => {
  const { appeal, stranger, elsewhere } = await given(stack)
    .jobCenter()
    .citizen()
    .appeal({ type: 'CAREER_GUIDANCE' })
    .citizen({ as: 'stranger', fullName: 'Посторонний Павел Павлович' })
    .jobCenter({ as: 'other' })
    .staff('REGISTRAR', { as: 'elsewhere' });
  for (const person of [stranger, elsewhere]) {
    const { data, errors } = await stack.request(person.token, CARD, { id: appeal.id });
    expect(data?.['appeal'] ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  }
});
