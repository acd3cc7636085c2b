import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../test/citizen-alone';
import { demoAppeals } from './demo-appeals';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

const operatorBarnaul = {
  kind: 'user' as const,
  userId: demoUserIds.operatorBarnaul,
  roles: ['REGISTRAR' as const, 'CAREER_CONSULTANT' as const],
  jobCenterId: demoJobCenterIds.barnaul,
  organizationId: null,
};
const DESK = `{ jobCenterAppeals { id number status history { toStatus } application { title fields { label display } } } }`;

test('seeding again changes nothing', async () => {
  const before = await harness.request(operatorBarnaul, DESK);
  await harness.seedDemo();
  const after = await harness.request(operatorBarnaul, DESK);
  expect(after.data).toEqual(before.data);
});

test('the desk of Барнаул shows the demo applications, every answer of their forms grouped', async () => {
  const { data, errors } = await harness.request(operatorBarnaul, DESK);
  expect(errors).toBeUndefined();
  const desk = data!['jobCenterAppeals'] as Array<{
    id: string;
    status: string;
    history: Array<{ toStatus: string }>;
    application: Array<{ title: string; fields: Array<{ label: string; display: string }> }>;
  }>;
  const expected = demoAppeals.filter((demo) => demo.jobCenterId === demoJobCenterIds.barnaul);
  expect(desk.map((appeal) => appeal.id).sort()).toEqual(expected.map((demo) => demo.id).sort());
  for (const demo of expected) {
    const appeal = desk.find((row) => row.id === demo.id)!;
    const answered = demo.fields.filter((field) => field.value || field.values?.length);
    expect(appeal.application.flatMap((group) => group.fields)).toHaveLength(answered.length);
    expect(appeal.history.map((change) => change.toStatus)).toEqual([
      'REGISTERED',
      ...demo.progress.map((step) => step.to),
    ]);
    expect(appeal.status).toBe(appeal.history.at(-1)!.toStatus);
  }
});
