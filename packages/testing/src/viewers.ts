import { randomUUID } from 'node:crypto';
import type { SignedInViewer } from '@czn/kernel';

/** A signed-in caller as the gateway's internal token describes it; staff give their job centre. */
export const signedIn = (
  userId: string,
  roles: SignedInViewer['roles'],
  jobCenterId: string | null = null,
): SignedInViewer => ({ kind: 'user', userId, roles, jobCenterId, organizationId: null });

/**
 * Callers of a subgraph tested alone, each a new person: the subgraph keeps only their ids, so no account
 * has to exist anywhere (the whole platform's builder is `given` of @czn/tools).
 */
export const someone = {
  citizen: (): SignedInViewer => signedIn(randomUUID(), ['CITIZEN']),
  staff: (
    roles: SignedInViewer['roles'] = ['REGISTRAR'],
    jobCenterId: string = randomUUID(),
  ): SignedInViewer => signedIn(randomUUID(), roles, jobCenterId),
  employer: (organizationId: string = randomUUID()): SignedInViewer => ({
    ...signedIn(randomUUID(), ['EMPLOYER']),
    organizationId,
  }),
  partner: (partnerAgencyId: string = randomUUID()): SignedInViewer => ({
    ...signedIn(randomUUID(), ['PARTNER']),
    partnerAgencyId,
  }),
};
