import { given, type JobCenterHandle, type PersonHandle } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
/** Two centres, an administrator and a registrar of each, a citizen who applied to each, and a partner. */
let made: {
  barnaul: JobCenterHandle;
  biysk: JobCenterHandle;
  barnaulAdmin: PersonHandle;
  barnaulRegistrar: PersonHandle;
  biyskAdmin: PersonHandle;
  ofBarnaul: PersonHandle;
  ofBiysk: PersonHandle;
  partnerAgency: { id: string };
  partnerUser: PersonHandle;
};

beforeAll(async () => {
  stack = await startStack();
  made = await given(stack)
    .jobCenter({ as: 'barnaul' })
    .staff('ADMIN', { as: 'barnaulAdmin' })
    .staff('REGISTRAR', { as: 'barnaulRegistrar' })
    .citizen({ as: 'ofBarnaul', snils: '111-222-333 01', email: 'barnaul@example.ru' })
    .appeal({ as: 'barnaulAppeal' })
    .jobCenter({ as: 'biysk' })
    .staff('ADMIN', { as: 'biyskAdmin' })
    .citizen({ as: 'ofBiysk', snils: '111-222-333 02', fullName: 'Бийская Анна Сергеевна' })
    .appeal({ as: 'biyskAppeal' })
    .partnerAgency()
    .partnerUser();
}, STACK_START_TIMEOUT_MS);

afterAll(() => stack.stop());

const TRAIL = `query($subject: PersonalDataSubjectInput!) {
  personalDataAudit(subject: $subject, page: { limit: 50 }) {
    person { id fullName }
    total
    entries { action kinds operation actorId actorRoles actor { fullName } }
  }
}`;

interface Entry {
  action: string;
  kinds: string[];
  operation: string;
  actorId: string | null;
  actorRoles: string[];
}

/** The person's trail as the centre's administrator reads it; rows copied from other subgraphs come a moment later. */
async function trailOf(admin: PersonHandle, snils: string, until: (entries: Entry[]) => boolean) {
  for (let attempt = 0; ; attempt++) {
    const { data, errors } = await stack.request(admin.token, TRAIL, { subject: { snils } });
    expect(errors).toBeUndefined();
    const entries = data!['personalDataAudit'].entries as Entry[];
    if (until(entries) || attempt === 50) return entries;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('a centre’s administrator reads the trail of a person who applied there, named only, without the dossier', async () => {
  const { data, errors } = await stack.request(made.barnaulAdmin.token, TRAIL, {
    subject: { snils: '11122233301' },
  });
  expect(errors).toBeUndefined();
  expect(data!['personalDataAudit'].person).toEqual({
    id: made.ofBarnaul.id,
    fullName: made.ofBarnaul.fullName,
  });
  const dossier = await stack.request(
    made.barnaulAdmin.token,
    'query($subject: PersonalDataSubjectInput!) { personalDataAudit(subject: $subject) { person { snils passport { number } } } }',
    { subject: { snils: '11122233301' } },
  );
  expect(dossier.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('a person of another centre is refused in the same words as a SNILS nobody has', async () => {
  const other = await stack.request(made.barnaulAdmin.token, TRAIL, { subject: { snils: '11122233302' } });
  const nobody = await stack.request(made.barnaulAdmin.token, TRAIL, { subject: { snils: '99988877766' } });
  expect(other.data).toBeNull();
  expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  expect(other.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
  expect(other.errors?.[0]?.extensions?.['code']).toBe(nobody.errors?.[0]?.extensions?.['code']);
  const csv = await stack.request(
    made.barnaulAdmin.token,
    'query($subject: PersonalDataSubjectInput!) { personalDataAuditCsv(subject: $subject) }',
    { subject: { personId: made.ofBiysk.id } },
  );
  expect(csv.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
});

test('a cross-centre need is an explicit request with a reason: access opens, and the request is in the person’s trail', async () => {
  const { moved } = await given(stack)
    .citizen({ as: 'moved', snils: '111-222-333 03', fullName: 'Переездова Анна Сергеевна' })
    .appeal({ jobCenter: made.biysk });
  const reason = 'Гражданка переехала в Барнаул и просит продолжить работу по её делу';
  const before = await stack.request(made.barnaulAdmin.token, TRAIL, { subject: { personId: moved.id } });
  expect(before.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const requested = await stack.request(
    made.barnaulAdmin.token,
    `mutation($subject: PersonalDataSubjectInput!, $reason: String!) {
      requestPersonalDataAccess(subject: $subject, reason: $reason) { jobCenterId reason expiresAt }
    }`,
    { subject: { snils: '111-222-333 03' }, reason },
  );
  expect(requested.errors).toBeUndefined();
  expect(requested.data!['requestPersonalDataAccess']).toMatchObject({
    jobCenterId: made.barnaul.id,
    reason,
  });

  const entries = await trailOf(made.barnaulAdmin, '11122233303', () => true);
  expect(entries).toContainEqual(
    expect.objectContaining({
      action: 'ACCESS_REQUEST',
      kinds: [],
      actorId: made.barnaulAdmin.id,
      operation: expect.stringContaining(reason),
    }),
  );
  // The person's own centre sees the request in the same trail.
  const theirs = await trailOf(made.biyskAdmin, '11122233303', () => true);
  expect(theirs.some((entry) => entry.action === 'ACCESS_REQUEST')).toBe(true);
});

const REFER = `mutation($input: ReferToPartnerInput!) {
  referToPartner(input: $input) { id personFullName }
}`;

test('staff refer only a person related to their centre; a partner’s read of the name is in the trail', async () => {
  const { ofBarnaul, barnaulRegistrar, biyskAdmin, partnerAgency, partnerUser } = made;
  const refused = await stack.request(biyskAdmin.token, REFER, {
    input: { personId: ofBarnaul.id, agencyId: partnerAgency.id, purpose: 'Консультация психолога' },
  });
  expect(refused.data).toBeNull();
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });

  const referred = await stack.request(barnaulRegistrar.token, REFER, {
    input: { personId: ofBarnaul.id, agencyId: partnerAgency.id, purpose: 'Консультация психолога' },
  });
  expect(referred.errors).toBeUndefined();
  const { id } = referred.data!['referToPartner'];

  const read = await stack.request(
    partnerUser.token,
    'query AgencyDesk($id: ID!) { partnerReferral(id: $id) { personFullName } }',
    { id },
  );
  expect(read.data!['partnerReferral']).toEqual({ personFullName: ofBarnaul.fullName });
  const isPartnerRead = (entry: Entry) => entry.actorId === partnerUser.id;
  const entries = await trailOf(made.barnaulAdmin, '11122233301', (found) => found.some(isPartnerRead));
  expect(entries.filter(isPartnerRead)).toEqual([
    {
      action: 'READ',
      kinds: ['FULL_NAME'],
      operation: 'Просмотр направления в ведомство-партнёр',
      actorId: partnerUser.id,
      actorRoles: ['PARTNER'],
      actor: { fullName: partnerUser.fullName },
    },
  ]);
});

test('staff reading a person’s e-mail and Gosuslugi account are in the trail', async () => {
  await stack.subgraphs.identity.orm.em
    .getConnection()
    .execute(`update identity.user_account set esia_oid = '1000123456' where id = ?`, [made.ofBarnaul.id]);
  const { data, errors } = await stack.request(
    made.barnaulRegistrar.token,
    'query Desk { jobCenterAppeals { applicant { email esiaOid } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['jobCenterAppeals']).toContainEqual({
    applicant: { email: 'barnaul@example.ru', esiaOid: '1000123456' },
  });
  const entries = await trailOf(made.barnaulAdmin, '11122233301', () => true);
  expect(entries).toContainEqual(
    expect.objectContaining({
      action: 'READ',
      kinds: ['EMAIL', 'ESIA_ID'],
      actorId: made.barnaulRegistrar.id,
      operation: 'Просмотр профиля гражданина',
    }),
  );
});
