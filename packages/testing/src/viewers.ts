import type { SignedInViewer } from '@czn/kernel';

/** A signed-in caller as the gateway's internal token describes it; staff give their job centre. */
export const signedIn = (
  userId: string,
  roles: SignedInViewer['roles'],
  jobCenterId: string | null = null,
): SignedInViewer => ({ kind: 'user', userId, roles, jobCenterId, organizationId: null });
