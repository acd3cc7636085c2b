import { internalTokenVerifier, signInternalToken } from './internal-token';
import type { SignedInViewer } from './viewer';

const SECRET = 'a-secret-for-this-test-that-is-long-enough-0123456789';

test('the internal token carries the viewer whole: roles, job centre and organisation', async () => {
  const employer: SignedInViewer = {
    kind: 'user',
    userId: 'user-1',
    roles: ['EMPLOYER'],
    jobCenterId: null,
    organizationId: 'org-1',
  };
  const verify = internalTokenVerifier(SECRET);
  expect(await verify(await signInternalToken(SECRET, employer))).toEqual(employer);
  const citizen = { ...employer, roles: ['CITIZEN' as const], organizationId: null };
  expect(await verify(await signInternalToken(SECRET, citizen))).toEqual(citizen);
});

test('a token signed with another secret is refused', async () => {
  const token = await signInternalToken('another-secret-that-is-long-enough-0123456789', {
    kind: 'anonymous',
  });
  expect(await internalTokenVerifier(SECRET)(token)).toBeNull();
});
