import { randomUUID } from 'node:crypto';
import { anonymous, API_KEY_HEADER, type SignedInViewer, type Viewer } from '@czn/kernel';
import {
  graphqlRequest,
  signedIn,
  someone,
  startSubgraphHarness,
  TEST_INTERNAL_SECRET,
  type SubgraphHarness,
} from '@czn/testing';
import { identityFixtures, identity as identitySubgraph } from '@czn/identity';
import { routingFixtures } from '../../fixtures';
import { createRoutingSubgraph } from '../../subgraph';

let identity: SubgraphHarness;
let routing: SubgraphHarness;

const barnaul = randomUUID();
const staff = someone.staff(['REGISTRAR', 'CAREER_CONSULTANT'], barnaul);
const biyskStaff = someone.staff(['REGISTRAR']);
const admin = someone.staff(['ADMIN'], barnaul);
/** identity's records the referrals name: citizens, a staff member (not a citizen) and agencies. */
let ivanov: SignedInViewer;
let petrova: SignedInViewer;
let colleagueId: string;
/** A citizen with no appeal, referral or access asked at any centre. */
let stranger: string;
let agencies: { bailiffs: string; mediation: string; socialProtection: string };
let bailiff: SignedInViewer;
let mediator: SignedInViewer;

beforeAll(async () => {
  identity = await startSubgraphHarness(identitySubgraph);
  routing = await startSubgraphHarness(
    createRoutingSubgraph({
      identity: { url: identity.running.url, internalTokenSecret: TEST_INTERNAL_SECRET },
      apiKeyCache: { ttlMs: 0 },
    }),
  );
  const em = identity.running.orm.em.fork();
  const citizen = async (fullName: string) =>
    signedIn((await identityFixtures.account(em, { roles: ['CITIZEN'], fullName })).id, ['CITIZEN']);
  ivanov = await citizen('Иванов Иван Иванович');
  petrova = await citizen('Петрова Анна Сергеевна');
  stranger = (await citizen('Незнакомова Ольга Ивановна')).userId;
  colleagueId = (await identityFixtures.account(em, { roles: ['REGISTRAR'], jobCenterId: randomUUID() })).id;
  const agency = async (name: string) => (await identityFixtures.partnerAgency(em, undefined, name)).id;
  agencies = {
    bailiffs: await agency('ОСП Центрального района г. Барнаула'),
    mediation: await agency('Сибирский центр медиации и права'),
    socialProtection: await agency('УСЗН по г. Барнаулу'),
  };
  bailiff = someone.partner(agencies.bailiffs);
  mediator = someone.partner(agencies.mediation);
  // Alone, identity knows no appeals: the Barnaul centre reaches the two citizens through access it asked.
  for (const person of [ivanov, petrova]) {
    const { errors } = await identity.request(
      admin,
      'mutation($subject: PersonalDataSubjectInput!) { requestPersonalDataAccess(subject: $subject, reason: "Направление в ведомство-партнёр") { id } }',
      { subject: { personId: person.userId } },
    );
    expect(errors).toBeUndefined();
  }
}, 60_000);
afterAll(async () => {
  await routing?.stop();
  await identity?.stop();
});

const FIELDS =
  'id agencyId personId personFullName person { id } jobCenterId purpose status outcome createdBy';
const REFER = `mutation($input: ReferToPartnerInput!) { referToPartner(input: $input) { ${FIELDS} lifeSituation { code } } }`;
const LIST = `query($status: PartnerReferralStatus, $page: PageInput) { partnerReferrals(status: $status, page: $page) { id agencyId status } }`;
const ONE = `query($id: ID!) { partnerReferral(id: $id) { id status outcome } }`;
const ACCEPT = `mutation($id: ID!) { acceptPartnerReferral(id: $id) { id status } }`;
const OUTCOME = `mutation($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {
  recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) { id status outcome }
}`;

const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

async function refer(
  agencyId: string,
  personId: string = ivanov.userId,
  more: Record<string, unknown> = {},
  who: Viewer = staff,
): Promise<Record<string, any>> {
  const response = await routing.request(who, REFER, {
    input: { personId, agencyId, purpose: 'Консультация по трудоустройству и погашению долга', ...more },
  });
  expect(response.errors).toBeUndefined();
  return response.data!['referToPartner'];
}

test('staff refer a citizen to an agency: sent, with the name as identity had it and the staff member’s job centre', async () => {
  const situation = await routingFixtures.lifeSituation(routing.running.orm.em.fork());
  const referral = await refer(agencies.bailiffs, ivanov.userId, { lifeSituationId: situation.id });
  expect(referral).toMatchObject({
    agencyId: agencies.bailiffs,
    personId: ivanov.userId,
    personFullName: 'Иванов Иван Иванович',
    person: { id: ivanov.userId },
    jobCenterId: barnaul,
    status: 'SENT',
    outcome: null,
    createdBy: staff.userId,
    lifeSituation: { code: situation.code },
  });
});

test('a retried referral with the same idempotency key returns the first one', async () => {
  const idempotencyKey = randomUUID();
  const first = await refer(agencies.mediation, petrova.userId, { idempotencyKey });
  const again = await refer(agencies.mediation, petrova.userId, { idempotencyKey });
  expect(again.id).toBe(first.id);
});

test('a referral names a citizen, a known agency and a purpose; only staff refer', async () => {
  const input = { personId: ivanov.userId, agencyId: agencies.bailiffs, purpose: 'Консультация' };
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ personId: colleagueId }, 'personId'],
    // A citizen the centre has no relationship with is refused in the same words as an unknown one.
    [{ personId: stranger }, 'personId'],
    [{ personId: randomUUID() }, 'personId'],
    [{ personId: 'иванов' }, 'personId'],
    [{ agencyId: randomUUID() }, 'agencyId'],
    [{ purpose: '   ' }, 'purpose'],
    [{ lifeSituationId: randomUUID() }, 'lifeSituationId'],
  ];
  for (const [overrides, field] of cases) {
    const response = await routing.request(staff, REFER, { input: { ...input, ...overrides } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  for (const who of [ivanov, bailiff])
    expect(code(await routing.request(who, REFER, { input }))).toBe('FORBIDDEN');
  expect(code(await routing.request(anonymous, REFER, { input }))).toBe('UNAUTHENTICATED');
});

test('each caller lists and reads only the referrals that are theirs; others’ do not exist for them', async () => {
  const toBailiffs = await refer(agencies.bailiffs, ivanov.userId);
  const toMediation = await refer(agencies.mediation, petrova.userId);
  const listed = async (who: Viewer) => {
    const response = await routing.request(who, LIST, { page: { limit: 200, offset: 0 } });
    expect(response.errors).toBeUndefined();
    return response.data!['partnerReferrals'].map((r: { id: string }) => r.id) as string[];
  };
  const bailiffs = await listed(bailiff);
  expect(bailiffs).toContain(toBailiffs.id);
  expect(bailiffs).not.toContain(toMediation.id);
  expect(await listed(mediator)).toContain(toMediation.id);
  expect(await listed(mediator)).not.toContain(toBailiffs.id);
  expect(await listed(staff)).toEqual(expect.arrayContaining([toBailiffs.id, toMediation.id]));
  expect(await listed(biyskStaff)).toEqual([]);
  expect(await listed(petrova)).toContain(toMediation.id);
  expect(await listed(petrova)).not.toContain(toBailiffs.id);
  expect(code(await routing.request(anonymous, LIST))).toBe('UNAUTHENTICATED');

  for (const [who, hidden] of [
    [bailiff, toMediation],
    [mediator, toBailiffs],
    [biyskStaff, toBailiffs],
    [ivanov, toMediation],
  ] as const) {
    expect(code(await routing.request(who, ONE, { id: hidden.id }))).toBe('NOT_FOUND');
    const entities = await routing.request(
      who,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on PartnerReferral { id purpose } } }',
      { r: [{ __typename: 'PartnerReferral', id: hidden.id }] },
    );
    expect(code(entities)).toBe('NOT_FOUND');
    expect(JSON.stringify(entities.data)).not.toContain(hidden.purpose);
  }
  expect((await routing.request(ivanov, ONE, { id: toBailiffs.id })).data!['partnerReferral'].id).toBe(
    toBailiffs.id,
  );
  expect(code(await routing.request(bailiff, ONE, { id: 'не-uuid' }))).toBe('BAD_USER_INPUT');
});

test('the owner agency accepts and records the outcome; wrong transitions are conflicts', async () => {
  const referral = await refer(agencies.bailiffs);
  expect(code(await routing.request(mediator, ACCEPT, { id: referral.id }))).toBe('NOT_FOUND');
  expect(code(await routing.request(staff, ACCEPT, { id: referral.id }))).toBe('FORBIDDEN');
  const early = await routing.request(bailiff, OUTCOME, {
    id: referral.id,
    status: 'COMPLETED',
    outcome: 'Готово',
  });
  expect(early.errors?.[0]).toMatchObject({
    message: 'Направление в статусе «Направлено»: перевести его в «Исполнено» нельзя. Обновите направление',
    extensions: { code: 'CONFLICT' },
  });

  expect(
    (await routing.request(bailiff, ACCEPT, { id: referral.id })).data!['acceptPartnerReferral'],
  ).toEqual({
    id: referral.id,
    status: 'ACCEPTED',
  });
  expect(code(await routing.request(bailiff, ACCEPT, { id: referral.id }))).toBe('CONFLICT');
  const empty = await routing.request(bailiff, OUTCOME, {
    id: referral.id,
    status: 'COMPLETED',
    outcome: ' ',
  });
  expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
  const done = await routing.request(bailiff, OUTCOME, {
    id: referral.id,
    status: 'COMPLETED',
    outcome: 'Трудоустроен, удержания по алиментам идут',
  });
  expect(done.data!['recordPartnerReferralOutcome']).toEqual({
    id: referral.id,
    status: 'COMPLETED',
    outcome: 'Трудоустроен, удержания по алиментам идут',
  });
  expect(
    code(await routing.request(bailiff, OUTCOME, { id: referral.id, status: 'DECLINED', outcome: 'Нет' })),
  ).toBe('CONFLICT');

  const declined = await refer(agencies.bailiffs);
  const outcome = { id: declined.id, status: 'DECLINED', outcome: 'Гражданин не явился' };
  expect(
    (await routing.request(bailiff, OUTCOME, outcome)).data!['recordPartnerReferralOutcome'].status,
  ).toBe('DECLINED');
  expect((await routing.request(ivanov, ONE, { id: declined.id })).data!['partnerReferral']).toEqual({
    id: declined.id,
    status: 'DECLINED',
    outcome: 'Гражданин не явился',
  });
});

test('an agency’s system calls routing with its API key and reaches only its agency’s referrals', async () => {
  const toBailiffs = await refer(agencies.bailiffs);
  const toMediation = await refer(agencies.mediation);
  const issued = await identity.request(
    admin,
    'mutation($agencyId: ID!) { createPartnerApiKey(agencyId: $agencyId, label: "АИС ОСП") { key apiKey { id } } }',
    { agencyId: agencies.bailiffs },
  );
  const { key, apiKey } = issued.data!['createPartnerApiKey'];
  const withKey = (query: string, variables: Record<string, unknown> = {}, presented = key) =>
    graphqlRequest(routing.running.url, query, variables, { [API_KEY_HEADER]: presented });

  const listed = await withKey(LIST);
  expect(listed.errors).toBeUndefined();
  const ids = listed.data!['partnerReferrals'].map((r: { id: string }) => r.id);
  expect(ids).toContain(toBailiffs.id);
  expect(ids).not.toContain(toMediation.id);
  expect(
    listed.data!['partnerReferrals'].every((r: { agencyId: string }) => r.agencyId === agencies.bailiffs),
  ).toBe(true);
  expect(code(await withKey(ONE, { id: toMediation.id }))).toBe('NOT_FOUND');
  expect((await withKey(ACCEPT, { id: toBailiffs.id })).data!['acceptPartnerReferral'].status).toBe(
    'ACCEPTED',
  );
  expect(code(await withKey(ACCEPT, { id: toMediation.id }))).toBe('NOT_FOUND');
  expect(
    code(
      await withKey(REFER, {
        input: { personId: ivanov.userId, agencyId: agencies.bailiffs, purpose: 'x' },
      }),
    ),
  ).toBe('UNAUTHENTICATED');

  const forged = await withKey(LIST, {}, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`);
  expect(forged.status).toBe(401);
  expect(forged.errors?.[0]).toMatchObject({
    message: 'Ключ API не действует: он неверен или отозван. Запросите новый ключ у администратора ЦЗН',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  await identity.request(admin, 'mutation($id: ID!) { revokePartnerApiKey(id: $id) { id } }', {
    id: apiKey.id,
  });
  expect((await withKey(LIST)).status).toBe(401);
  expect((await graphqlRequest(routing.running.url, LIST)).status).toBe(401);
});

test('the list loads in one statement, life situations batched in one more', async () => {
  const made = [];
  for (let i = 0; i < 3; i++) {
    const situation = await routingFixtures.lifeSituation(routing.running.orm.em.fork());
    made.push(await refer(agencies.socialProtection, ivanov.userId, { lifeSituationId: situation.id }));
  }
  routing.sql.reset();
  const response = await routing.request(
    someone.partner(agencies.socialProtection),
    '{ partnerReferrals { id personFullName lifeSituation { code } agency { id } jobCenter { id } } }',
  );
  expect(response.errors).toBeUndefined();
  // Two reads; the other five are the transaction that writes the agency's reads of the names to the trail.
  expect(routing.sql.snapshot()).toEqual({ routing: 7 });
  expect(response.data!['partnerReferrals'].map((r: { id: string }) => r.id).toSorted()).toEqual(
    made.map((r) => r.id).toSorted(),
  );
});

test('committed migrations match the entities', async () => {
  expect(await routing.schemaDrift()).toBe('');
});

test('when identity cannot be asked about a key, the partner is told to retry (503), not refused', async () => {
  const unreachable = await startSubgraphHarness(
    createRoutingSubgraph({
      identity: { url: 'http://127.0.0.1:9/graphql', internalTokenSecret: TEST_INTERNAL_SECRET },
    }),
  );
  try {
    const response = await graphqlRequest(
      unreachable.running.url,
      LIST,
      {},
      {
        [API_KEY_HEADER]: `czn_abcdefghij_${'x'.repeat(43)}`,
      },
    );
    expect(response.status).toBe(503);
    expect(response.errors?.[0]?.message).toBe(
      'Не удалось проверить ключ API: сервис временно недоступен, повторите запрос позже',
    );
  } finally {
    await unreachable.stop();
  }
});
