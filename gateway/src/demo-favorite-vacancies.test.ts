import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  // The demo data of `npm start` is this test's subject.
  stack = await startStack({ demo: true });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

test('on the demo data Иванов keeps two favourite vacancies of the demo bank, one of them withdrawn', async () => {
  const signIn = await stack.request(
    null,
    'mutation { signIn(login: "ivanov", password: "demo12345") { accessToken } }',
  );
  const token = signIn.data!['signIn'].accessToken as string;
  const { data, errors } = await stack.request(
    token,
    '{ myFavoriteVacancies { vacancy { title status isFavorite } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['myFavoriteVacancies']).toEqual([
    { vacancy: { title: 'Оператор станков с ЧПУ', status: 'ACTIVE', isFavorite: true } },
    { vacancy: { title: 'Водитель-экспедитор категории B', status: 'WITHDRAWN', isFavorite: true } },
  ]);
});
