import { forbidden, isStaff, requireUser, type Role, type Viewer } from '@czn/kernel';

/**
 * A job-centre staff member holding one of `roles`. Everyone else signed in is refused with `refusal`, which
 * names the operation and who may perform it, so that a refusal never speaks of another operation.
 */
export function requireStaffRole(viewer: Viewer, roles: readonly Role[], refusal: string) {
  const user = requireUser(viewer);
  if (!isStaff(user) || user.jobCenterId === null || !user.roles.some((role) => roles.includes(role)))
    throw forbidden(refusal);
  return { ...user, jobCenterId: user.jobCenterId };
}

/** The administrator of a job centre; returns the centre whose staff they manage. */
export const requireStaffAdmin = (viewer: Viewer) =>
  requireStaffRole(viewer, ['ADMIN'], 'Управлять сотрудниками может только администратор ЦЗН');
