import { isStaff, STAFF_ROLES, type Role, type Viewer } from '@czn/kernel';
import type { User } from './user.entity';

const isOfficial = (user: User) => user.roles.some((role) => (STAFF_ROLES as readonly Role[]).includes(role));

/**
 * Who may see a user's profile: the user, job-centre staff, and anyone signed in for a staff member
 * (an official's name is shown on the appeals they handle).
 */
export function canSeeUser(viewer: Viewer, user: User): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.userId === user.id || isStaff(viewer) || isOfficial(user);
}

/**
 * Who may see a user's phone and e-mail: the user and job-centre staff. Unlike the rest of the profile,
 * an official's contacts are not shown to every signed-in caller.
 */
export function canSeeContacts(viewer: Viewer, user: User): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.userId === user.id || isStaff(viewer);
}
