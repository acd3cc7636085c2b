import { forbidden, isStaff, requireUser, type EntityManager, type Role, type Viewer } from '@czn/kernel';
import { User } from '../user/user.entity';

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

const ADMIN_ONLY = 'Управлять сотрудниками может только администратор ЦЗН';

/**
 * The administrator of a job centre; returns the centre whose staff they manage. The access token's roles
 * are confirmed against the account as it is now, so that a demotion takes effect at once.
 */
export async function requireStaffAdmin(em: EntityManager, viewer: Viewer) {
  const admin = requireStaffRole(viewer, ['ADMIN'], ADMIN_ONLY);
  const account = await em.findOne(User, { id: admin.userId, deactivatedAt: null });
  if (!account?.roles.includes('ADMIN') || account.jobCenterId !== admin.jobCenterId)
    throw forbidden(`${ADMIN_ONLY}: ваши роли изменились, войдите снова`);
  return admin;
}
