import { API_KEY_HEADER } from '@czn/kernel';
import { graphqlRequest } from '@czn/testing';
import { given } from '@czn/tools';
import { PARTNER_KEYS_GO_TO_ROUTING } from './partner-api-keys';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  // Routing asks identity about every key (no 30 s memory), so that a revocation shows at once.
  stack = await startStack({ routingApiKeyCache: { ttlMs: 0 } });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

/**
 * A job centre's administrator and operator; agency A with an employee, agency B; the operator's referrals
 * of Иванов to A and of Петрова to B.
 */
const referralsToTwoAgencies = () =>
  given(stack)
    .jobCenter()
    .staff('ADMIN', { as: 'admin' })
    .staff('REGISTRAR', { as: 'operator' })
    .partnerAgency({ as: 'agencyA', name: 'ОСП Центрального района г. Барнаула' })
    .partnerUser({ as: 'bailiff' })
    .citizen({ as: 'ivanov', fullName: 'Иванов Иван Иванович' })
    .referral({ as: 'forA' })
    .partnerAgency({ as: 'agencyB', name: 'Кризисный центр' })
    .citizen({ as: 'petrova', fullName: 'Петрова Анна Сергеевна' })
    .referral({ as: 'forB' });

const LIST_FIELD = 'partnerReferrals { id agencyId personFullName status }';
const LIST = `{ ${LIST_FIELD} }`;
const ONE = 'query($id: ID!) { partnerReferral(id: $id) { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptPartnerReferral(id: $id) { id status } }';
const OUTCOME = `mutation($id: ID!, $outcome: String!) {
  recordPartnerReferralOutcome(id: $id, status: COMPLETED, outcome: $outcome) { id status outcome }
}`;
const REFER = `mutation($input: ReferToPartnerInput!) { referToPartner(input: $input) { id agencyId personFullName } }`;

const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

async function issueKey(admin: string, agencyId: string): Promise<{ key: string; id: string }> {
  const { data, errors } = await stack.request(
    admin,
    'mutation($agencyId: ID!) { createPartnerApiKey(agencyId: $agencyId, label: "Тест") { key apiKey { id } } }',
    { agencyId },
  );
  expect(errors).toBeUndefined();
  return { key: data!['createPartnerApiKey'].key, id: data!['createPartnerApiKey'].apiKey.id };
}

test("a partner key reads its agency's records and nothing of another agency, and is refused by every other subgraph and by the gateway's staff operations", async () => {
  const { admin, agencyA, agencyB, ivanov, forA, forB } = await referralsToTwoAgencies();
  const keyA = await issueKey(admin.token, agencyA.id);
  await issueKey(admin.token, agencyB.id);
  const routing = (query: string, variables: Record<string, unknown> = {}, key = keyA.key) =>
    graphqlRequest(stack.subgraphs.routing.url, query, variables, { [API_KEY_HEADER]: key });

  const listed = await routing(LIST);
  expect(listed.errors).toBeUndefined();
  expect(listed.data!['partnerReferrals']).toEqual([
    { id: forA.id, agencyId: agencyA.id, personFullName: 'Иванов Иван Иванович', status: 'SENT' },
  ]);
  expect((await routing(ONE, { id: forA.id })).data!['partnerReferral']).toEqual({ id: forA.id });
  expect(code(await routing(ONE, { id: forB.id }))).toBe('NOT_FOUND');
  const entities = await routing(
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on PartnerReferral { id personFullName } } }',
    { r: [{ __typename: 'PartnerReferral', id: forB.id }] },
  );
  expect(code(entities)).toBe('NOT_FOUND');
  expect(JSON.stringify(entities)).not.toContain('Петрова');

  expect((await routing(ACCEPT, { id: forA.id })).data!['acceptPartnerReferral'].status).toBe('ACCEPTED');
  const done = await routing(OUTCOME, { id: forA.id, outcome: 'Принят на работу, удержания начаты' });
  expect(done.data!['recordPartnerReferralOutcome']).toEqual({
    id: forA.id,
    status: 'COMPLETED',
    outcome: 'Принят на работу, удержания начаты',
  });
  expect(code(await routing(ACCEPT, { id: forB.id }))).toBe('NOT_FOUND');
  expect(code(await routing(OUTCOME, { id: forB.id, outcome: 'Чужое' }))).toBe('NOT_FOUND');
  const referByKey = await routing(REFER, {
    input: { agencyId: agencyA.id, personId: ivanov.id, purpose: 'Сам себе' },
  });
  expect(code(referByKey)).toBe('UNAUTHENTICATED');

  for (const name of ['identity', 'citizen', 'employer', 'scheduling'] as const) {
    const refused = await graphqlRequest(
      stack.subgraphs[name].url,
      '{ __typename }',
      {},
      {
        [API_KEY_HEADER]: keyA.key,
      },
    );
    expect({ name, status: refused.status, code: code(refused) }).toEqual({
      name,
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  }

  const staffOperations: Array<[string, Record<string, unknown>]> = [
    ['{ jobCenterAppeals { id } }', {}],
    ['{ partnerAgencies { id } }', {}],
    [REFER, { input: { agencyId: agencyA.id, personId: ivanov.id, purpose: 'Через шлюз' } }],
    [LIST, {}],
  ];
  for (const [query, variables] of staffOperations) {
    const asHeader = await graphqlRequest(stack.gateway.url, query, variables, {
      [API_KEY_HEADER]: keyA.key,
    });
    expect(asHeader.status).toBe(401);
    expect(asHeader.errors?.[0]).toMatchObject({
      message: PARTNER_KEYS_GO_TO_ROUTING,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const asBearer = await stack.request(keyA.key, query, variables);
    expect(asBearer.status).toBe(401);
    expect(asBearer.errors?.[0]?.message).toBe(PARTNER_KEYS_GO_TO_ROUTING);
    expect(asBearer.data ?? null).toBeNull();
  }

  const revoked = await stack.request(
    admin.token,
    'mutation($id: ID!) { revokePartnerApiKey(id: $id) { revokedAt } }',
    {
      id: keyA.id,
    },
  );
  expect(revoked.data!['revokePartnerApiKey'].revokedAt).not.toBeNull();
  const afterRevocation = await routing(LIST);
  expect(afterRevocation.status).toBe(401);
  expect(code(afterRevocation)).toBe('UNAUTHENTICATED');
});

test('a partner user signed in through the gateway sees only their agency’s referrals', async () => {
  const { agencyA, bailiff, ivanov, forA, forB } = await referralsToTwoAgencies();

  const listed = await stack.request(bailiff.token, `{ me { partnerAgency { name } } ${LIST_FIELD} }`);
  expect(listed.errors).toBeUndefined();
  expect(listed.data!['me'].partnerAgency.name).toBe('ОСП Центрального района г. Барнаула');
  expect(listed.data!['partnerReferrals']).toEqual([
    { id: forA.id, agencyId: agencyA.id, personFullName: 'Иванов Иван Иванович', status: 'SENT' },
  ]);
  expect(code(await stack.request(bailiff.token, ONE, { id: forB.id }))).toBe('NOT_FOUND');
  expect(code(await stack.request(bailiff.token, ACCEPT, { id: forB.id }))).toBe('NOT_FOUND');

  const accepted = await stack.request(
    bailiff.token,
    `mutation($id: ID!) {
    acceptPartnerReferral(id: $id) { status agency { name } jobCenter { name } }
  }`,
    { id: forA.id },
  );
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data!['acceptPartnerReferral']).toMatchObject({
    status: 'ACCEPTED',
    agency: { name: 'ОСП Центрального района г. Барнаула' },
  });
  for (const query of ['{ jobCenterAppeals { id } }', '{ partnerAgencies { id } }']) {
    expect(code(await stack.request(bailiff.token, query))).toBe('FORBIDDEN');
  }
  const referral = await stack.request(bailiff.token, REFER, {
    input: { agencyId: agencyA.id, personId: ivanov.id, purpose: 'Сам себе' },
  });
  expect(code(referral)).toBe('FORBIDDEN');
});

test('staff read the referred person’s profile through federation; a partner reads the name the referral records', async () => {
  const { operator, bailiff, ivanov, forA: referral } = await referralsToTwoAgencies();
  const READ = 'query($id: ID!) { partnerReferral(id: $id) { personFullName person { id fullName } } }';

  const byStaff = await stack.request(operator.token, READ, { id: referral.id });
  expect(byStaff.errors).toBeUndefined();
  expect(byStaff.data!['partnerReferral']).toEqual({
    personFullName: 'Иванов Иван Иванович',
    person: { id: ivanov.id, fullName: 'Иванов Иван Иванович' },
  });

  // Identity shows a citizen's profile to staff, not to a partner agency's user: only that field is null.
  const byPartner = await stack.request(bailiff.token, READ, { id: referral.id });
  expect(byPartner.data!['partnerReferral']).toEqual({
    personFullName: 'Иванов Иван Иванович',
    person: null,
  });
  expect(code(byPartner)).toBe('FORBIDDEN');
});
