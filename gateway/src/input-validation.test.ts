import { applicationExamples, given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const NUL = '\u0000';
type Answer = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
};
const refusal = ({ errors }: Answer) => ({
  code: errors?.[0]?.extensions?.['code'],
  field: errors?.[0]?.extensions?.['field'],
});

/** Issue 14: each of these answered INTERNAL_SERVER_ERROR, and development echoed the SQL with the values. */
test('a session id that is not a UUID is refused naming the field; the sessions stay', async () => {
  const { citizen } = await given(stack).citizen();
  const refused = await stack.request(citizen.token, 'mutation { signOutSession(id: "42; drop") }');
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  const { data } = await stack.request(citizen.token, '{ mySessions { id } }');
  expect(data!['mySessions']).toHaveLength(1);
});

test('a NUL byte in the login is refused naming the field; the right password still signs in', async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  const SIGN_IN =
    'mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }';
  const refused = await stack.request(null, SIGN_IN, { login: `${staff.login}${NUL}`, password: 'x' });
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'login' });
  const signedIn = await stack.request(null, SIGN_IN, {
    login: staff.login,
    password: 'fixture-password-2026',
  });
  expect(signedIn.errors).toBeUndefined();
});

test("a NUL byte in the organisations' search is refused naming the field", async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  const refused = await stack.request(
    staff.token,
    'query($search: String) { organizations(search: $search) { id } }',
    {
      search: `ООО${NUL}`,
    },
  );
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
});

test("a NUL byte in an appeal's comment is refused naming the field; no appeal is filed", async () => {
  const { citizen, jobCenter } = await given(stack).jobCenter().citizen();
  const refused = await stack.request(
    citizen.token,
    'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
    {
      input: {
        type: 'JOB_SEARCH_ASSISTANCE',
        jobCenterId: jobCenter.id,
        contactPhone: '+7 (913) 000-00-00',
        comment: `Прошу помочь${NUL}`,
        fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
      },
    },
  );
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
  const { data } = await stack.request(citizen.token, '{ myAppeals { id } }');
  expect(data!['myAppeals']).toEqual([]);
});

test("an appeal's comment takes line breaks and up to its own 2000 characters", async () => {
  const { citizen, jobCenter } = await given(stack).jobCenter().citizen();
  const comment = `Прошу помочь.\n${'Подробности. '.repeat(140)}`.trim();
  expect(comment.length).toBeGreaterThan(1000);
  const { data, errors } = await stack.request(
    citizen.token,
    'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { comment } }',
    {
      input: {
        type: 'JOB_SEARCH_ASSISTANCE',
        jobCenterId: jobCenter.id,
        contactPhone: '+79130000000',
        comment,
        fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
      },
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['submitAppeal']).toEqual({ comment });
});

test("a NUL byte in a representative's name is refused naming the field; nobody is added", async () => {
  const { staff, organization } = await given(stack).organization().staff('REGISTRAR');
  const refused = await stack.request(
    staff.token,
    `mutation($organizationId: ID!, $input: NewRepresentativeInput!) {
      addOrganizationRepresentative(organizationId: $organizationId, input: $input) { representative { id } }
    }`,
    {
      organizationId: organization.id,
      input: { fullName: `Лебедева Ольга${NUL} Сергеевна`, email: `lebedeva.${organization.id}@example.ru` },
    },
  );
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'fullName' });
  const { data } = await stack.request(
    staff.token,
    'query($search: String) { organizations(search: $search) { id representatives { id } } }',
    { search: organization.name },
  );
  expect(data!['organizations']).toEqual([{ id: organization.id, representatives: [] }]);
});
