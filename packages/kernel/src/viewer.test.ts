import { requirePartner, requireStaff, requireUser, type SignedInViewer, type Viewer } from './viewer';

const code = (check: () => unknown) => {
  try {
    check();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

const user = (roles: SignedInViewer['roles'], more: Partial<SignedInViewer> = {}): SignedInViewer => ({
  kind: 'user',
  userId: 'user-1',
  roles,
  jobCenterId: null,
  organizationId: null,
  ...more,
});
const key: Viewer = { kind: 'partner-key', agencyId: 'agency-1', apiKeyPrefix: 'abcdef0123' };

test('a partner is an agency key or a PARTNER user of an agency', () => {
  expect(requirePartner(key)).toBe('agency-1');
  expect(requirePartner(user(['PARTNER'], { partnerAgencyId: 'agency-2' }))).toBe('agency-2');
  expect(code(() => requirePartner(user(['PARTNER'])))).toBe('FORBIDDEN');
  expect(code(() => requirePartner(user(['ADMIN'], { jobCenterId: 'jc-1' })))).toBe('FORBIDDEN');
  expect(code(() => requirePartner({ kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
});

test('a partner key is neither a signed-in user nor staff', () => {
  expect(code(() => requireUser(key))).toBe('UNAUTHENTICATED');
  expect(code(() => requireStaff(key))).toBe('UNAUTHENTICATED');
});
