import { isStaff, unauthenticated, type Viewer } from '@czn/kernel';
import type { PartnerReferral } from './partner-referral.entity';

/** A partner agency's system (API key) or one of its users. */
export const isPartner = (viewer: Viewer) =>
  viewer.kind === 'partner-key' || (viewer.kind === 'user' && viewer.roles.includes('PARTNER'));

const isPartnerUserOf = (viewer: Viewer, agencyId: string) =>
  viewer.kind === 'user' && viewer.roles.includes('PARTNER') && viewer.partnerAgencyId === agencyId;

/** Who sees a referral: its owner agency (key or user), staff of the referring job centre and the person. */
export function canSeePartnerReferral(viewer: Viewer, referral: PartnerReferral): boolean {
  switch (viewer.kind) {
    case 'anonymous':
      return false;
    case 'partner-key':
      return viewer.agencyId === referral.agencyId;
    case 'user':
      return (
        isPartnerUserOf(viewer, referral.agencyId) ||
        (isStaff(viewer) && viewer.jobCenterId === referral.jobCenterId) ||
        viewer.userId === referral.personId
      );
  }
}

/** The referrals a caller's list shows: the agency's, the job centre's, or the person's own. */
export function partnerReferralsOf(
  viewer: Viewer,
): Partial<Pick<PartnerReferral, 'agencyId' | 'jobCenterId' | 'personId'>> {
  switch (viewer.kind) {
    case 'anonymous':
      throw unauthenticated();
    case 'partner-key':
      return { agencyId: viewer.agencyId };
    case 'user':
      if (viewer.partnerAgencyId && viewer.roles.includes('PARTNER'))
        return { agencyId: viewer.partnerAgencyId };
      if (isStaff(viewer) && viewer.jobCenterId) return { jobCenterId: viewer.jobCenterId };
      return { personId: viewer.userId };
  }
}
