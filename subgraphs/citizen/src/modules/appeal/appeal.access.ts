import { isStaff, type Viewer } from '@czn/kernel';
import type { Appeal } from './appeal.entity';

/** The applicant, and staff of the job centre the appeal was made to; nobody else learns it exists. */
export function canSeeAppeal(viewer: Viewer, appeal: Appeal): boolean {
  if (viewer.kind !== 'user') return false;
  if (appeal.applicantId === viewer.userId) return true;
  return isStaff(viewer) && viewer.jobCenterId === appeal.jobCenterId;
}

/** The applicant has not opened the appeal since its last change; nobody else has unread appeals. */
export function isUnreadBy(viewer: Viewer, appeal: Appeal): boolean {
  if (viewer.kind !== 'user' || appeal.applicantId !== viewer.userId) return false;
  return appeal.applicantSeenAt === null || appeal.applicantSeenAt < appeal.updatedAt;
}
