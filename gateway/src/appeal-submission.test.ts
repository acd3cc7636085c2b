import { randomUUID } from 'node:crypto';
import { applicationExamples, given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ rateLimitFactor: 1 });
}, STACK_START_TIMEOUT_MS);

afterAll(() => stack.stop());

const SUBMIT = 'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }';
const application = (jobCenterId: string) => ({
  input: {
    type: 'JOB_SEARCH_ASSISTANCE',
    jobCenterId,
    contactPhone: '+7 (913) 000-00-00',
    fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
  },
});

test('an appeal to a job centre the region does not have is refused on the field, and «Мои обращения» stay whole', async () => {
  const { citizen } = await given(stack).citizen();
  const { data, errors } = await stack.request(citizen.token, SUBMIT, application(randomUUID()));
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobCenterId' });
  expect(errors?.[0]?.message).toMatch(/выберите центр занятости из списка/);

  const mine = await stack.request(citizen.token, '{ myAppeals { id jobCenter { name } } }');
  expect(mine.errors).toBeUndefined();
  expect(mine.data?.['myAppeals']).toEqual([]);
});

test('the 11th appeal of a citizen within a minute is refused with when to try again; another citizen is unaffected', async () => {
  const { jobCenter, citizen, other } = await given(stack)
    .jobCenter()
    .citizen()
    .citizen({ as: 'other', fullName: 'Другая Анна Сергеевна' });
  for (let i = 0; i < 10; i++) {
    const { errors } = await stack.request(citizen.token, SUBMIT, application(jobCenter.id));
    expect(errors).toBeUndefined();
  }

  const refused = await stack.request(citizen.token, SUBMIT, application(jobCenter.id));
  expect(refused.data).toBeNull();
  const [error] = refused.errors!;
  expect(error!.extensions!['code']).toBe('TOO_MANY_REQUESTS');
  const seconds = error!.extensions!['retryAfterSeconds'] as number;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(error!.message).toMatch(
    new RegExp(
      `^Слишком много запросов подряд\\. Повторите после \\d\\d:\\d\\d:\\d\\d \\(через ${seconds} с\\)\\.$`,
    ),
  );
  const mine = await stack.request(citizen.token, '{ myAppeals(page: { limit: 50 }) { id } }');
  expect(mine.data?.['myAppeals']).toHaveLength(10);

  const theirs = await stack.request(other.token, SUBMIT, application(jobCenter.id));
  expect(theirs.errors).toBeUndefined();
});
