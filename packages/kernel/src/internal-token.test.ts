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

test('a partner user’s token carries the agency; a partner key is never passed on', async () => {
  const partner: SignedInViewer = {
    kind: 'user',
    userId: 'user-2',
    roles: ['PARTNER'],
    jobCenterId: null,
    organizationId: null,
    partnerAgencyId: 'agency-1',
  };
  expect(await internalTokenVerifier(SECRET)(await signInternalToken(SECRET, partner))).toEqual(partner);
  await expect(
    signInternalToken(SECRET, { kind: 'partner-key', agencyId: 'agency-1', apiKeyPrefix: 'abc' }),
  ).rejects.toThrow();
});
