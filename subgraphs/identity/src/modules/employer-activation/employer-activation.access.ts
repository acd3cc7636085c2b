import { isStaff, type Viewer } from '@czn/kernel';
import { EMPLOYER_REGISTRATION_ROLES } from '../organization/organization.access';
import { requireStaffRole } from '../staff-member/staff-member.access';
import type { User } from '../user/user.entity';

export const requireActivationSender = (viewer: Viewer) =>
  requireStaffRole(
    viewer,
    EMPLOYER_REGISTRATION_ROLES,
    'Отправлять код активации повторно могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
  );

/** How far an employer representative's activation got is shown to job-centre staff only. */
export const canSeeActivation = (viewer: Viewer, user: User) =>
  isStaff(viewer) && user.roles.includes('EMPLOYER');
