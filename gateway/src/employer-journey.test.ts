import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const VACANCIES_FIELD = 'organizationVacancies { title status employerName }';
const ORGANIZATION_VACANCIES = `{ ${VACANCIES_FIELD} }`;

test("the employer's organisation travels from sign-in through the gateway to the employer subgraph", async () => {
  const { organization, employer } = await given(stack)
    .jobCenter()
    .organization({ as: 'another', name: 'ООО «Другая организация»' })
    .vacancy({ as: 'notOurs', title: 'Чужая вакансия' })
    .organization({ name: 'ООО «Алтайские тёплые окна»' })
    .employer({ fullName: 'Соколов Андрей Викторович' })
    .vacancy({ title: 'Монтажник окон' })
    .vacancy({ as: 'withdrawn', title: 'Замерщик', status: 'WITHDRAWN' });
  const { data, errors } = await stack.request(
    employer.token,
    `{ me { fullName organization { id shortName inn } } ${VACANCIES_FIELD} }`,
  );
  expect(errors).toBeUndefined();
  expect(data!['me']).toEqual({
    fullName: 'Соколов Андрей Викторович',
    organization: { id: organization.id, shortName: organization.name, inn: organization.inn },
  });
  expect(data!['organizationVacancies']).toEqual(
    expect.arrayContaining([
      { title: 'Монтажник окон', status: 'ACTIVE', employerName: organization.name },
      { title: 'Замерщик', status: 'WITHDRAWN', employerName: organization.name },
    ]),
  );
  expect(data!['organizationVacancies']).toHaveLength(2);
});

test('citizens and staff are refused the organisation’s vacancies', async () => {
  const { citizen, staff } = await given(stack).organization().vacancy().citizen().staff('REGISTRAR');
  for (const { token } of [citizen, staff]) {
    const { errors } = await stack.request(token, ORGANIZATION_VACANCIES);
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const anonymous = await stack.request(null, ORGANIZATION_VACANCIES);
  expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});
