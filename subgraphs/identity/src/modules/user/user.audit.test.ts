import { signedIn, someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identityFixtures } from '../../fixtures';
import { identity } from '../../subgraph';
import { PersonalDataAccessEntry } from '../personal-data-audit/personal-data-access.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const newCitizen = () =>
  identityFixtures.account(harness.running.orm.em.fork(), { roles: ['CITIZEN'], phone: '+79130001122' });

const operationsOf = async (subjectId: string) =>
  (
    await harness.running.orm.em
      .fork()
      .find(PersonalDataAccessEntry, { subjectId }, { orderBy: { occurredAt: 'asc', id: 'asc' } })
  ).map(({ operation }) => operation);

const PROFILE = `query Profile($r: [_Any!]!) { _entities(representations: $r) { ... on User { phone } } }`;

test('a read through me is named as the person would name it', async () => {
  const person = await newCitizen();
  const { errors } = await harness.request(signedIn(person.id, ['CITIZEN']), '{ me { phone } }');
  expect(errors).toBeUndefined();
  expect(await operationsOf(person.id)).toEqual(['Просмотр своего профиля']);
});

test('a profile reached by reference is named by whose it is, without their data', async () => {
  const person = await newCitizen();
  const { errors } = await harness.request(someone.staff(), PROFILE, {
    r: [{ __typename: 'User', id: person.id }],
  });
  expect(errors).toBeUndefined();
  await harness.request(signedIn(person.id, ['CITIZEN']), PROFILE, {
    r: [{ __typename: 'User', id: person.id }],
  });
  expect(await operationsOf(person.id)).toEqual(['Просмотр профиля гражданина', 'Просмотр своего профиля']);
});
