import { demoOrganizationIds } from '@czn/demo';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
let employer: string;
let ivanov: string;
let barnaulOperator: string;

beforeAll(async () => {
  stack = await startStack();
  [employer, ivanov, barnaulOperator] = (await Promise.all(
    ['employer', 'ivanov', 'operator.barnaul'].map((login) => stack.signIn(login)),
  )) as [string, string, string];
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const VACANCIES_FIELD = 'organizationVacancies { title status employerName }';
const ORGANIZATION_VACANCIES = `{ ${VACANCIES_FIELD} }`;

test("the employer's organisation travels from sign-in through the gateway to the employer subgraph", async () => {
  const { data, errors } = await stack.request(
    employer,
    `{ me { fullName organization { id shortName inn } } ${VACANCIES_FIELD} }`,
  );
  expect(errors).toBeUndefined();
  expect(data!['me']).toEqual({
    fullName: 'Соколов Андрей Викторович',
    organization: {
      id: demoOrganizationIds.altaiWarmWindows,
      shortName: 'ООО «Алтайские тёплые окна»',
      inn: '2225015698',
    },
  });
  const vacancies = data!['organizationVacancies'] as Array<{ status: string; employerName: string }>;
  expect(vacancies).toHaveLength(6);
  expect(vacancies.every((v) => v.employerName === 'ООО «Алтайские тёплые окна»')).toBe(true);
  expect(vacancies.map((v) => v.status)).toContain('WITHDRAWN');
});

test('citizens and staff are refused the organisation’s vacancies', async () => {
  for (const token of [ivanov, barnaulOperator]) {
    const { errors } = await stack.request(token, ORGANIZATION_VACANCIES);
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const anonymous = await stack.request(null, ORGANIZATION_VACANCIES);
  expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});
