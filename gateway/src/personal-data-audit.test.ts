import { given, type JobCenterHandle, type PersonHandle } from '@czn/tools';
import { liveClient, subscribeLive } from './test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack.stop();
});

interface Entry {
  occurredAt: string;
  service: string;
  action: string;
  kinds: string[];
  actorId: string | null;
  actorRoles: string[];
  operation: string;
  graphqlOperation: string | null;
  clientAddress: string | null;
}

const TRAIL = `query($subject: PersonalDataSubjectInput!) {
  personalDataAudit(subject: $subject, page: { limit: 200 }) {
    entries { occurredAt service action kinds actorId actorRoles operation graphqlOperation clientAddress }
  }
}`;

/** A job centre's administrator and operator, and a citizen with a СНИЛС and a phone. */
const people = () =>
  given(stack)
    .jobCenter()
    .staff('ADMIN', { as: 'admin' })
    .staff('REGISTRAR', { as: 'operator' })
    .citizen({ snils: '112-233-445 95', phone: '+79131234567' });

const submit = async (citizen: PersonHandle, jobCenter: JobCenterHandle) =>
  (await given(stack).appeal({ citizen, jobCenter, contactPhone: '+7 (913) 123-45-67' })).appeal;

/**
 * The citizen's trail since `since`, as the administrator reads it; identity copies the citizen subgraph's
 * events as they come, so wait for them.
 */
async function trailSince(
  { admin, citizen }: { admin: PersonHandle; citizen: PersonHandle },
  since: string,
  until: (entries: Entry[]) => boolean,
): Promise<Entry[]> {
  for (let attempt = 0; ; attempt++) {
    const { data, errors } = await stack.request(admin.token, TRAIL, {
      subject: { personId: citizen.id },
    });
    expect(errors).toBeUndefined();
    const entries = (data!['personalDataAudit'].entries as Entry[]).filter(
      (entry) => entry.occurredAt >= since,
    );
    if (until(entries) || attempt === 100) return entries;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const shape = ({ service, action, kinds, actorId, operation, graphqlOperation }: Entry) => ({
  service,
  action,
  kinds,
  actorId,
  operation,
  graphqlOperation,
});

test('reads through queries and through _entities, and the submission, are in the person’s trail', async () => {
  const made = await people();
  const { jobCenter, operator, citizen } = made;
  const since = new Date().toISOString();
  const appeal = await submit(citizen, jobCenter);
  const { errors } = await stack.request(
    operator.token,
    'query DeskAppeal($id: ID!) { appeal(id: $id) { number contactPhone applicant { fullName snils phone } } }',
    { id: appeal.id },
  );
  expect(errors).toBeUndefined();

  const entries = await trailSince(made, since, (found) => found.length >= 3);
  expect(entries.map(shape)).toEqual(
    expect.arrayContaining([
      {
        service: 'citizen',
        action: 'CHANGE',
        kinds: ['PHONE'],
        actorId: citizen.id,
        operation: `Изменение контактного телефона в обращении ${appeal.number}`,
        graphqlOperation: expect.stringMatching(/^mutation\b.*: submitAppeal$/),
      },
      {
        service: 'citizen',
        action: 'READ',
        kinds: ['PHONE'],
        actorId: operator.id,
        operation: `Просмотр обращения ${appeal.number}`,
        graphqlOperation: expect.stringMatching(/^query DeskAppeal__citizen__\d+: appeal$/),
      },
      {
        service: 'identity',
        action: 'READ',
        kinds: ['SNILS', 'PHONE'],
        actorId: operator.id,
        operation: 'Просмотр профиля гражданина',
        graphqlOperation: expect.stringMatching(/^query DeskAppeal__identity__\d+: _entities$/),
      },
    ]),
  );
  expect(entries).toHaveLength(3);
});

const FEED = `subscription Feed { jobCenterAppealsFeed { eventId appeal { id contactPhone } } }`;

test('personal data pushed through a subscription is written once for each recipient', async () => {
  const made = await people().staff('REGISTRAR', { as: 'colleague', fullName: 'Зайцева Нина Олеговна' });
  const { jobCenter, operator, colleague, citizen } = made;
  const feeds = [operator, colleague].map(({ token }) => {
    const client = liveClient(stack.gateway.url, token);
    clients.push(client);
    return subscribeLive(client, FEED);
  });
  // A first appeal makes sure both subscriptions are attached before the one the test watches.
  await submit(citizen, jobCenter);
  await Promise.all(feeds.map((feed) => feed.nth(1)));

  const since = new Date().toISOString();
  const appeal = await submit(citizen, jobCenter);
  const messages = await Promise.all(feeds.map((feed) => feed.nth(2)));
  expect(messages.map((message) => message.data!['jobCenterAppealsFeed'].appeal.id)).toEqual([
    appeal.id,
    appeal.id,
  ]);

  const isDelivery = (entry: Entry) =>
    entry.action === 'READ' && /: appealEvent$/.test(entry.graphqlOperation ?? '');
  const entries = await trailSince(made, since, (found) => found.filter(isDelivery).length >= 2);
  expect(
    entries
      .filter(isDelivery)
      .map((entry) => entry.actorId)
      .sort(),
  ).toEqual([operator.id, colleague.id].sort());
});

const APPEAL_UPDATED = `subscription AppealUpdated($sinceEventId: ID) {
  appealUpdated(sinceEventId: $sinceEventId) { eventId appeal { id number contactPhone } }
}`;

test('an event shown to its owner in two tabs is one row, named as a person would', async () => {
  const made = await people();
  const { jobCenter, citizen } = made;
  const tabs = [liveClient(stack.gateway.url, citizen.token), liveClient(stack.gateway.url, citizen.token)];
  clients.push(...tabs);
  const first = subscribeLive(tabs[0]!, APPEAL_UPDATED);
  await submit(citizen, jobCenter);
  const seen = (await first.nth(1)).data!['appealUpdated'].eventId as string;
  // The second tab resumes after the event the first one saw: the tabs' subscriptions differ in the cursor only.
  const second = subscribeLive(tabs[1]!, APPEAL_UPDATED, { sinceEventId: seen });
  // A second appeal makes sure the second tab's subscription is attached before the one the test watches.
  await submit(citizen, jobCenter);
  await Promise.all([first.nth(2), second.nth(1)]);

  const since = new Date().toISOString();
  const appeal = await submit(citizen, jobCenter);
  const messages = await Promise.all([first.nth(3), second.nth(2)]);
  expect(messages.map((message) => message.data!['appealUpdated'].appeal)).toEqual([
    { id: appeal.id, number: appeal.number, contactPhone: '+79131234567' },
    { id: appeal.id, number: appeal.number, contactPhone: '+79131234567' },
  ]);
  // Both deliveries' rows were written before the messages left; a later read's row comes after them in the
  // citizen outbox, and identity copies it in order: once it is in the trail, so is every delivery.
  await stack.request(citizen.token, 'query Later($id: ID!) { appeal(id: $id) { contactPhone } }', {
    id: appeal.id,
  });
  const isLater = (entry: Entry) => /^query Later__citizen__\d+: appeal$/.test(entry.graphqlOperation ?? '');
  const entries = await trailSince(made, since, (found) => found.some(isLater));
  expect(entries.some(isLater)).toBe(true);

  const isDelivery = (entry: Entry) =>
    entry.actorId === citizen.id &&
    entry.action === 'READ' &&
    /: appealEvent$/.test(entry.graphqlOperation ?? '');
  expect(entries.filter(isDelivery).map(shape)).toEqual([
    {
      service: 'citizen',
      action: 'READ',
      kinds: ['PHONE'],
      actorId: citizen.id,
      operation: `Просмотр обращения ${appeal.number}`,
      graphqlOperation: expect.stringMatching(/^query AppealUpdated__citizen__\d+: appealEvent$/),
    },
  ]);
  // A delivery's row names the address the socket came from, as a request's does.
  expect(entries.filter(isDelivery).map((entry) => entry.clientAddress)).toEqual(['127.0.0.1']);
});
