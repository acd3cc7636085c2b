import { randomUUID } from 'node:crypto';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { PartnerAgency } from './modules/partner-agency/partner-agency.entity';
import { PartnerAgencyKind } from './modules/partner-agency/partner-agency.enums';
import { identity } from './subgraph';

let harness: SubgraphHarness;
let agencyId: string;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
  const em = harness.running.orm.em.fork();
  const agency = em.create(PartnerAgency, {
    name: 'Кризисный центр для проверки отказов',
    kind: PartnerAgencyKind.CRISIS_CENTER,
    createdAt: new Date(),
  });
  await em.flush();
  agencyId = agency.id;
});
afterAll(() => harness.stop());

const jobCenterId = randomUUID();
const consultant = signedIn(randomUUID(), ['CAREER_CONSULTANT'], jobCenterId);
const citizen = signedIn(randomUUID(), ['CITIZEN']);

const someone = { fullName: 'Орлова Мария Ивановна', login: 'orlova.refused', password: 'Пароль2026ок' };

/** Every guarded operation and the refusal that names it, as a staff member without the role hears it. */
const refusals: Array<[string, string, () => Record<string, unknown>, string]> = [
  [
    'staffMembers',
    '{ staffMembers { id } }',
    () => ({}),
    'Управлять сотрудниками может только администратор ЦЗН',
  ],
  [
    'createStaffMember',
    'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
    () => ({ input: { ...someone, roles: ['REGISTRAR'] } }),
    'Управлять сотрудниками может только администратор ЦЗН',
  ],
  [
    'personalDataAudit',
    'query($snils: String) { personalDataAudit(subject: { snils: $snils }) { total } }',
    () => ({ snils: '112-233-445 95' }),
    'Журнал доступа к персональным данным доступен только администратору ЦЗН',
  ],
  [
    'personalDataAuditCsv',
    'query($snils: String) { personalDataAuditCsv(subject: { snils: $snils }) }',
    () => ({ snils: '112-233-445 95' }),
    'Журнал доступа к персональным данным доступен только администратору ЦЗН',
  ],
  [
    'partnerAgencies',
    '{ partnerAgencies { id } }',
    () => ({}),
    'Ведомства-партнёры и их сотрудников видит только администратор ЦЗН',
  ],
  [
    'PartnerAgency.users',
    'query($id: ID!) { _entities(representations: [{ __typename: "PartnerAgency", id: $id }]) { ... on PartnerAgency { users { id } } } }',
    () => ({ id: agencyId }),
    'Ведомства-партнёры и их сотрудников видит только администратор ЦЗН',
  ],
  [
    'PartnerAgency.apiKeys',
    'query($id: ID!) { _entities(representations: [{ __typename: "PartnerAgency", id: $id }]) { ... on PartnerAgency { apiKeys { id } } } }',
    () => ({ id: agencyId }),
    'Ключи API ведомств-партнёров видит только администратор ЦЗН',
  ],
  [
    'createPartnerUser',
    'mutation($input: CreatePartnerUserInput!) { createPartnerUser(input: $input) { id } }',
    () => ({ input: { ...someone, agencyId } }),
    'Учётные записи сотрудников ведомств-партнёров создаёт и отключает только администратор ЦЗН',
  ],
  [
    'createPartnerApiKey',
    'mutation($agencyId: ID!) { createPartnerApiKey(agencyId: $agencyId, label: "АИС") { key } }',
    () => ({ agencyId }),
    'Ключи API ведомств-партнёров выпускает и отзывает только администратор ЦЗН',
  ],
  [
    'registerOrganization',
    'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { expiresAt } }',
    () => ({
      input: {
        name: 'ООО',
        shortName: 'ООО',
        inn: '7707083893',
        kpp: '773601001',
        ogrn: '1027700132195',
        representativeFullName: someone.fullName,
        representativeEmail: 'orlova@example.ru',
      },
    }),
    'Регистрировать работодателей могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
  ],
  [
    'resendActivation',
    'mutation($userId: ID!) { resendActivation(userId: $userId) { expiresAt } }',
    () => ({ userId: randomUUID() }),
    'Отправлять код активации повторно могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
  ],
];

test.each(refusals)(
  '%s refuses a staff member without the role and names itself',
  async (_, query, variables, message) => {
    const { errors } = await harness.request(consultant, query, variables());
    expect(errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN' } });
  },
);

test('a citizen hears the same refusal as staff, and the list of organisations says it is for staff', async () => {
  const audit = await harness.request(citizen, refusals[2]![1], refusals[2]![2]());
  expect(audit.errors?.[0]?.message).toBe(
    'Журнал доступа к персональным данным доступен только администратору ЦЗН',
  );
  const organizations = await harness.request(citizen, '{ organizations { id } }');
  expect(organizations.errors?.[0]).toMatchObject({
    message: 'Список организаций-работодателей доступен только сотрудникам ЦЗН',
    extensions: { code: 'FORBIDDEN' },
  });
});
