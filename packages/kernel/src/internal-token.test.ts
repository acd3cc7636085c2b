import { internalTokenVerifier, signInternalToken } from './internal-token';
import type { SignedInViewer } from './viewer';

const SECRET = 'a-secret-for-this-test-that-is-long-enough-0123456789';
const GATEWAY_TO_CITIZEN = { caller: 'gateway', target: 'citizen' };

test('the internal token carries the caller and the viewer whole: roles, job centre and organisation', async () => {
  const employer: SignedInViewer = {
    kind: 'user',
    userId: 'user-1',
    roles: ['EMPLOYER'],
    jobCenterId: null,
    organizationId: 'org-1',
  };
  const verify = internalTokenVerifier(SECRET, 'citizen');
  expect(await verify(await signInternalToken(SECRET, GATEWAY_TO_CITIZEN, employer))).toEqual({
    caller: 'gateway',
    viewer: employer,
  });
  const citizen = { ...employer, roles: ['CITIZEN' as const], organizationId: null };
  const asRouting = await signInternalToken(SECRET, { caller: 'routing', target: 'citizen' }, citizen);
  expect(await verify(asRouting)).toEqual({ caller: 'routing', viewer: citizen });
});

test('a token signed with another secret is refused', async () => {
  const token = await signInternalToken('another-secret-that-is-long-enough-0123456789', GATEWAY_TO_CITIZEN, {
    kind: 'anonymous',
  });
  expect(await internalTokenVerifier(SECRET, 'citizen')(token)).toBeNull();
});

test('a token meant for another subgraph is refused', async () => {
  const token = await signInternalToken(
    SECRET,
    { caller: 'gateway', target: 'identity' },
    { kind: 'anonymous' },
  );
  expect(await internalTokenVerifier(SECRET, 'identity')(token)).toEqual({
    caller: 'gateway',
    viewer: { kind: 'anonymous' },
  });
  expect(await internalTokenVerifier(SECRET, 'citizen')(token)).toBeNull();
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
  const token = await signInternalToken(SECRET, GATEWAY_TO_CITIZEN, partner);
  expect((await internalTokenVerifier(SECRET, 'citizen')(token))?.viewer).toEqual(partner);
  await expect(
    signInternalToken(SECRET, GATEWAY_TO_CITIZEN, {
      kind: 'partner-key',
      agencyId: 'agency-1',
      apiKeyPrefix: 'abc',
    }),
  ).rejects.toThrow();
});
