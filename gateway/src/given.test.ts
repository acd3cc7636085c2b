import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);

afterAll(() => stack.stop());

test('the platform starts without demo data', async () => {
  const { data } = await stack.request(null, '{ jobCenters { id } }');
  expect(data?.['jobCenters']).toEqual([]);
});

test('the builder makes a job centre, its staff member, a citizen and an appeal in work, each signed in', async () => {
  const { jobCenter, staff, citizen, appeal } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR')
    .citizen()
    .appeal({ status: 'IN_PROGRESS' });

  expect(staff.jobCenterId).toBe(jobCenter.id);
  const mine = await stack.request(citizen.token, '{ myAppeals { id status jobCenter { name } } }');
  expect(mine.data?.['myAppeals']).toEqual([
    { id: appeal.id, status: 'IN_PROGRESS', jobCenter: { name: jobCenter.name } },
  ]);
  const desk = await stack.request(staff.token, '{ jobCenterAppeals { id applicant { fullName } } }');
  expect(desk.data?.['jobCenterAppeals']).toEqual([
    { id: appeal.id, applicant: { fullName: citizen.fullName } },
  ]);
});

test('two of a kind under names of their own; each staff member sees only their centre', async () => {
  const made = await given(stack)
    .jobCenter({ as: 'barnaul' })
    .staff('REGISTRAR', { as: 'barnaulStaff' })
    .jobCenter({ as: 'biysk' })
    .staff('REGISTRAR', { as: 'biyskStaff' })
    .citizen()
    .appeal();

  expect(made.appeal.jobCenterId).toBe(made.biysk.id);
  const count = async (token: string) =>
    (await stack.request(token, '{ jobCenterAppeals { id } }')).data?.['jobCenterAppeals'].length;
  expect([await count(made.barnaulStaff.token), await count(made.biyskStaff.token)]).toEqual([0, 1]);
});

test('an employer of an organisation and a partner agency user', async () => {
  const { organization, employer, partnerAgency, partnerUser } = await given(stack)
    .organization()
    .employer()
    .partnerAgency()
    .partnerUser();

  expect(employer.organizationId).toBe(organization.id);
  expect(partnerUser.partnerAgencyId).toBe(partnerAgency.id);
  const me = await stack.request(employer.token, '{ me { id roles } }');
  expect(me.data?.['me']).toEqual({ id: employer.id, roles: ['EMPLOYER'] });
});

test('a referral made by staff, an organisation’s vacancy, an appeal of another type from a citizen with a СНИЛС', async () => {
  const { jobCenter, staff, partnerAgency, citizen, referral, organization, vacancy, appeal } = await given(
    stack,
  )
    .jobCenter()
    .staff('REGISTRAR')
    .partnerAgency()
    .citizen({ snils: '112-233-445 95', phone: '+79131234567' })
    .referral({ purpose: 'Консультация психолога' })
    .organization()
    .vacancy({ title: 'Сварщик' })
    .appeal({ type: 'CAREER_GUIDANCE', contactPhone: '+7 (913) 765-43-21' });

  const referrals = await stack.request(
    staff.token,
    '{ partnerReferrals { id agencyId purpose person { id } } }',
  );
  expect(referrals.data?.['partnerReferrals']).toEqual([
    {
      id: referral.id,
      agencyId: partnerAgency.id,
      purpose: 'Консультация психолога',
      person: { id: citizen.id },
    },
  ]);
  const vacancies = await stack.request(null, '{ vacancies { id title employerName jobCenter { id } } }');
  expect(vacancies.data?.['vacancies']).toContainEqual({
    id: vacancy.id,
    title: 'Сварщик',
    employerName: organization.name,
    jobCenter: { id: jobCenter.id },
  });
  const read = await stack.request(
    staff.token,
    'query($id: ID!) { appeal(id: $id) { type contactPhone applicant { snils phone } } }',
    { id: appeal.id },
  );
  expect(read.data?.['appeal']).toEqual({
    type: 'CAREER_GUIDANCE',
    contactPhone: '+79137654321',
    applicant: { snils: '112-233-445 95', phone: '+79131234567' },
  });
});
