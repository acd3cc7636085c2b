import { randomUUID } from 'node:crypto';
import { OutboxEvent, streamChannel } from '@czn/events';
import { outboxJournal, PersonalDataAudit } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { Client } from 'pg';
import { citizenAlone } from '../../test/citizen-alone';
import { AppealType } from './appeal.enums';
import { submitAppeal } from './appeal.service';
import { applicationExamples } from '../application-form/application-examples';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const barnaulId = randomUUID();
const ivanov = someone.citizen();
const barnaul = someone.staff(['REGISTRAR'], barnaulId);

const submit = async () =>
  (
    await harness.request(ivanov, 'mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { id } }', {
      i: {
        type: 'CAREER_GUIDANCE',
        jobCenterId: barnaulId,
        contactPhone: '+79131234567',
        fields: applicationExamples.CAREER_GUIDANCE,
      },
    })
  ).data!['submitAppeal'].id as string;

const eventsOf = (appealId: string) =>
  harness.running.orm.em.fork().find(OutboxEvent, { entityId: appealId }, { orderBy: { id: 'asc' } });

test('each change writes one event with an increasing id, the new status and its audience', async () => {
  const id = await submit();
  await harness.request(barnaul, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', { id });
  const conflict = await harness.request(
    barnaul,
    'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }',
    { id },
  );
  expect(conflict.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

  const events = await eventsOf(id);
  expect(events.map((e) => [e.type, e.data['status']])).toEqual([
    ['SUBMITTED', 'REGISTERED'],
    ['STATUS_CHANGED', 'IN_PROGRESS'],
  ]);
  expect(BigInt(events[1]!.id)).toBeGreaterThan(BigInt(events[0]!.id));
  expect(events[0]!.audience).toEqual({
    userIds: [ivanov.userId],
    jobCenterIds: [barnaulId],
  });
});

test('appealEvent shows an event to the applicant and that job centre’s staff only', async () => {
  const id = await submit();
  const [event] = await eventsOf(id);
  const query = 'query($e: ID!) { appealEvent(eventId: $e) { eventId type status appeal { id } } }';
  const own = await harness.request(ivanov, query, { e: event!.id });
  expect(own.data!['appealEvent']).toEqual({
    eventId: event!.id,
    type: 'SUBMITTED',
    status: 'REGISTERED',
    appeal: { id },
  });
  expect((await harness.request(barnaul, query, { e: event!.id })).data!['appealEvent'].eventId).toBe(
    event!.id,
  );
  for (const stranger of [someone.citizen(), someone.staff(['REGISTRAR'])]) {
    const { data, errors } = await harness.request(stranger, query, { e: event!.id });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  }
});

test('a rolled-back change leaves no event and sends no notification', async () => {
  const listener = new Client({ connectionString: harness.databaseUrl });
  await listener.connect();
  const notified: string[] = [];
  listener.on('notification', (n) => notified.push(n.payload ?? ''));
  await listener.query(`listen ${streamChannel('citizen')}`);
  const [lastEvent] = await harness.running.orm.em
    .fork()
    .find(OutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1 });

  const em = harness.running.orm.em.fork();
  await expect(
    em.transactional(async (tx) => {
      const audit = new PersonalDataAudit(outboxJournal('citizen'), {
        service: 'citizen',
        viewer: ivanov,
        requestId: 'rolled-back',
        clientAddress: null,
      });
      await submitAppeal(
        tx,
        {
          jobCenters: { jobCenterExists: async () => true },
          vacancies: { vacancySummaries: async () => new Map() },
        },
        ivanov,
        {
          type: AppealType.JOB_SEARCH_ASSISTANCE,
          jobCenterId: barnaulId,
          contactPhone: '+79131234567',
          fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
        },
        audit,
      );
      throw new Error('сбой после записи события');
    }),
  ).rejects.toThrow('сбой после записи события');
  expect(await harness.running.orm.em.fork().count(OutboxEvent, { id: { $gt: lastEvent?.id ?? '0' } })).toBe(
    0,
  );

  const committed = await submit();
  const [event] = await eventsOf(committed);
  while (!notified.includes(event!.id)) await new Promise((resolve) => setTimeout(resolve, 10));
  // The commit also notifies its personal-data audit event; the rolled-back ids were never notified.
  const committedIds = (await harness.running.orm.em.fork().find(OutboxEvent, { id: { $in: notified } })).map(
    (row) => row.id,
  );
  expect(notified.toSorted()).toEqual(committedIds.toSorted());
  await listener.end();
});
