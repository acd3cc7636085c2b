import { randomUUID } from 'node:crypto';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identityFixtures, type AccountFixture } from '../../fixtures';
import { identity } from '../../subgraph';
import { PersonalDataAccessEntry } from '../personal-data-audit/personal-data-access.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const account = (fixture: AccountFixture) => identityFixtures.account(harness.running.orm.em.fork(), fixture);
/** Names and SNILS of this test alone: a surname no other test uses, and 11 digits from a fresh uuid. */
const surname = () => `Тестов${randomUUID().replace(/\D/g, '').slice(0, 6)}`;
const snilsDigits = () => randomUUID().replace(/\D/g, '').padEnd(11, '7').slice(0, 11);
const formatted = (d: string) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;

const FIND = `query($snils: String, $fullName: String) {
  findCitizens(snils: $snils, fullName: $fullName) { id fullName birthDate snils } }`;
const registrar = () => someone.staff(['REGISTRAR']);
const trailOf = (subjectId: string) =>
  harness.running.orm.em
    .fork()
    .find(PersonalDataAccessEntry, { subjectId }, { orderBy: { occurredAt: 'asc' } });

test('a registrar finds a citizen by SNILS however it is typed, and the finding is in the person’s trail', async () => {
  const digits = snilsDigits();
  const person = await account({
    roles: ['CITIZEN'],
    fullName: `${surname()} Иван Петрович`,
    snils: formatted(digits),
    birthDate: '1990-04-01',
  });
  const asTyped = `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)}-${digits.slice(9)}`;
  const { data, errors } = await harness.request(registrar(), FIND, { snils: asTyped });
  expect(errors).toBeUndefined();
  expect(data!['findCitizens']).toEqual([
    { id: person.id, fullName: person.fullName, birthDate: '1990-04-01', snils: formatted(digits) },
  ]);
  const [entry] = await trailOf(person.id);
  expect(entry).toMatchObject({
    operation: 'Поиск гражданина по СНИЛС или ФИО',
    action: 'READ',
    kinds: expect.arrayContaining(['FULL_NAME', 'SNILS', 'BIRTH_DATE']),
  });
});

test('by full name: every word, any case, citizens only, namesakes told apart by birth date, at most 20', async () => {
  const family = surname();
  const older = await account({
    roles: ['CITIZEN'],
    fullName: `${family} Анна Сергеевна`,
    birthDate: '1970-01-01',
  });
  const younger = await account({
    roles: ['CITIZEN'],
    fullName: `${family} Анна Ильинична`,
    birthDate: '2001-01-01',
  });
  await account({ roles: ['CITIZEN'], fullName: `${family} Мария Сергеевна` });
  await account({ roles: ['REGISTRAR'], fullName: `${family} Анна Петровна`, jobCenterId: randomUUID() });
  await account({ roles: ['EMPLOYER'], fullName: `${family} Анна Олеговна` });
  const { data } = await harness.request(registrar(), FIND, { fullName: `  анна ${family.toUpperCase()} ` });
  expect((data!['findCitizens'] as Array<{ id: string }>).map((found) => found.id)).toEqual([
    younger.id,
    older.id,
  ]);
  const crowd = surname();
  for (let i = 0; i < 21; i += 1) await account({ roles: ['CITIZEN'], fullName: `${crowd} Пётр ${i}` });
  const many = await harness.request(registrar(), FIND, { fullName: `${crowd} Пётр` });
  expect(many.data!['findCitizens']).toHaveLength(20);
});

test('bad criteria name the field; only registrars, career consultants and administrators of a centre search', async () => {
  const cases: Array<[Record<string, string>, string]> = [
    [{}, 'snils'],
    [{ snils: '123', fullName: 'Иванов Иван' }, 'snils'],
    [{ snils: '123-456' }, 'snils'],
    [{ fullName: 'Иванов' }, 'fullName'],
    [{ fullName: 'Иванов И' }, 'fullName'],
  ];
  for (const [variables, field] of cases) {
    const { errors } = await harness.request(registrar(), FIND, variables);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  // Wildcards are letters like any other: they match no one rather than everyone.
  await account({ roles: ['CITIZEN'], fullName: `${surname()} Иван` });
  const wildcard = await harness.request(registrar(), FIND, { fullName: '%% __' });
  expect(wildcard.errors).toBeUndefined();
  expect(wildcard.data!['findCitizens']).toEqual([]);
  for (const outsider of [
    someone.citizen(),
    someone.employer(),
    someone.staff(['JOB_SELECTION_SPECIALIST']),
  ]) {
    const { errors } = await harness.request(outsider, FIND, { fullName: 'Иванов Иван' });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const consultant = await harness.request(someone.staff(['CAREER_CONSULTANT']), FIND, {
    fullName: 'Иванов Иван',
  });
  expect(consultant.errors).toBeUndefined();
});
