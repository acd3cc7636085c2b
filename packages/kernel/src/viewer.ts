import { forbidden, unauthenticated } from './errors';

export const STAFF_ROLES = [
  'REGISTRAR',
  'CAREER_CONSULTANT',
  'JOB_SELECTION_SPECIALIST',
  'EMPLOYER_RELATIONS_SPECIALIST',
  'DIGITAL_CONSULTANT',
  'REGISTERS_DEPARTMENT',
  'ADMIN',
] as const;
export const ROLES = ['CITIZEN', 'EMPLOYER', ...STAFF_ROLES, 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface SignedInViewer {
  kind: 'user';
  userId: string;
  roles: Role[];
  /** The job centre a staff member belongs to; null for everyone else. */
  jobCenterId: string | null;
  /** The employer organisation an employer representative acts for; null for everyone else. */
  organizationId: string | null;
  /** The sign-in session the access token belongs to (identity's Session id); absent in older tokens. */
  sessionId?: string | null;
  /** The partner agency a PARTNER user works for; null or absent for everyone else. */
  partnerAgencyId?: string | null;
}

/** A partner agency's system calling the routing subgraph directly with an agency API key. */
export interface PartnerKeyViewer {
  kind: 'partner-key';
  agencyId: string;
  /** The key's public prefix (czn_<prefix>_…), for logs. */
  apiKeyPrefix: string;
}

export type Viewer = { kind: 'anonymous' } | SignedInViewer | PartnerKeyViewer;

export const anonymous: Viewer = { kind: 'anonymous' };

export function isStaff(viewer: Viewer): viewer is SignedInViewer {
  return (
    viewer.kind === 'user' && viewer.roles.some((role) => (STAFF_ROLES as readonly Role[]).includes(role))
  );
}

export function requireUser(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== 'user') throw unauthenticated();
  return viewer;
}

export function requireRole(viewer: Viewer, role: Role): SignedInViewer {
  const user = requireUser(viewer);
  if (!user.roles.includes(role)) throw forbidden();
  return user;
}

/** A partner agency's key or signed-in PARTNER user; returns the agency's id. */
export function requirePartner(viewer: Viewer): string {
  if (viewer.kind === 'partner-key') return viewer.agencyId;
  const user = requireUser(viewer);
  if (!user.roles.includes('PARTNER') || !user.partnerAgencyId)
    throw forbidden('Действие доступно только ведомству-партнёру, которому адресовано направление');
  return user.partnerAgencyId;
}

/** A staff member bound to a job centre; returns that centre's id. */
export function requireStaff(viewer: Viewer): SignedInViewer & { jobCenterId: string } {
  const user = requireUser(viewer);
  if (!isStaff(user) || user.jobCenterId === null)
    throw forbidden('Действие доступно только сотрудникам ЦЗН');
  return { ...user, jobCenterId: user.jobCenterId };
}
