import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const SEARCH = `query($filter: VacancySearchInput) {
  vacancySearch(filter: $filter) {
    total
    items { title employerName city region schedule employmentType jobCenter { name } }
  }
}`;

test('anyone, without signing in, searches the bank and opens a vacancy with its job centre', async () => {
  const { jobCenter, vacancy } = await given(stack)
    .jobCenter({ name: 'КГКУ ЦЗН г. Славгорода' })
    .organization({ name: 'ООО «Кулундинская мельница»' })
    .vacancy({
      title: 'Бухгалтер',
      duties: 'Учёт первичных документов, расчёты с поставщиками',
      city: 'Славгород',
      region: 'Алтайский край',
      schedule: 'FULL_DAY',
      employmentType: 'PART',
    })
    .vacancy({ as: 'withdrawn', title: 'Бухгалтер-кассир', status: 'WITHDRAWN' });
  const { data, errors } = await stack.request(null, SEARCH, {
    filter: { query: 'бухгалтера', jobCenterId: jobCenter.id },
  });
  expect(errors).toBeUndefined();
  expect(data!['vacancySearch']).toEqual({
    total: 1,
    items: [
      {
        title: 'Бухгалтер',
        employerName: 'ООО «Кулундинская мельница»',
        city: 'Славгород',
        region: 'Алтайский край',
        schedule: 'FULL_DAY',
        employmentType: 'PART',
        jobCenter: { name: 'КГКУ ЦЗН г. Славгорода' },
      },
    ],
  });
  const card = await stack.request(
    null,
    'query($id: ID!) { vacancy(id: $id) { duties jobCenter { name } } }',
    {
      id: vacancy.id,
    },
  );
  expect(card.errors).toBeUndefined();
  expect(card.data!['vacancy']).toEqual({
    duties: 'Учёт первичных документов, расчёты с поставщиками',
    jobCenter: { name: 'КГКУ ЦЗН г. Славгорода' },
  });
  const places = await stack.request(null, '{ localities(search: "славг") { name region } }');
  expect(places.data!['localities']).toEqual([{ name: 'Славгород', region: 'Алтайский край' }]);
});

test('a bad filter comes back through the gateway naming the field', async () => {
  const { errors } = await stack.request(null, SEARCH, { filter: { salaryFrom: -5 } });
  expect(errors?.[0]).toMatchObject({
    message: 'Зарплата «от» указывается в рублях в месяц, от 0 до 10 000 000: исправьте сумму',
    extensions: { code: 'BAD_USER_INPUT', field: 'salaryFrom' },
  });
});
