import { randomUUID } from 'node:crypto';
import { given } from '@czn/tools';
import { SESSION_ENDED } from './access-token';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  // Sessions are checked on every request: an ended session's access token is refused at once.
  stack = await startStack({ env: { SESSION_CHECK_SECONDS: '0' } });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const CREATE_STAFF = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`;
const newStaffInput = () => ({
  fullName: 'Новикова Мария Ивановна',
  login: `novikova${randomUUID().slice(0, 8)}`,
  password: 'Nachalnyi2026',
  roles: ['ADMIN'],
});

test('an administrator demoted to registrar can no longer create staff with the token issued before', async () => {
  const { chief, deputy } = await given(stack)
    .jobCenter()
    .staff('ADMIN', { as: 'chief' })
    .staff(['ADMIN', 'REGISTRAR'], { as: 'deputy' });
  expect(
    (await stack.request(deputy.token, CREATE_STAFF, { input: newStaffInput() })).errors,
  ).toBeUndefined();

  const demoted = await stack.request(
    chief.token,
    'mutation($userId: ID!) { updateStaffRoles(userId: $userId, roles: [REGISTRAR]) { roles } }',
    { userId: deputy.id },
  );
  expect(demoted.errors).toBeUndefined();

  const refused = await stack.request(deputy.token, CREATE_STAFF, { input: newStaffInput() });
  expect(refused.errors?.[0]).toMatchObject({
    message: SESSION_ENDED,
    extensions: { code: 'UNAUTHENTICATED' },
  });
  const staff = await stack.request(chief.token, '{ staffMembers { id } }');
  expect(staff.data?.['staffMembers']).toHaveLength(3);
});
