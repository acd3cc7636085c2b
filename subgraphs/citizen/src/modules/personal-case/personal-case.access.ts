import type { Role, SignedInViewer, Viewer } from '@czn/kernel';
import { forbidden, requireStaff } from '@czn/kernel';
import type { PersonalCase } from './personal-case.entity';

/** The staff who keep personal cases: registrars and career consultants, and the centre's administrator. */
export const CASE_ROLES: readonly Role[] = ['REGISTRAR', 'CAREER_CONSULTANT', 'ADMIN'];

export function isCaseStaff(viewer: Viewer): viewer is SignedInViewer & { jobCenterId: string } {
  return (
    viewer.kind === 'user' &&
    viewer.jobCenterId !== null &&
    viewer.roles.some((role) => CASE_ROLES.includes(role))
  );
}

/** A registrar, career consultant or administrator of a job centre; returns them with the centre. */
export function requireCaseStaff(viewer: Viewer): SignedInViewer & { jobCenterId: string } {
  const staff = requireStaff(viewer);
  if (!isCaseStaff(staff))
    throw forbidden('Личные дела ведут регистраторы, карьерные консультанты и администратор ЦЗН');
  return staff;
}

/** The citizen whose case it is, and the case staff of its centre; nobody else learns it exists. */
export function canSeePersonalCase(viewer: Viewer, personalCase: PersonalCase): boolean {
  if (viewer.kind !== 'user') return false;
  if (personalCase.citizenId === viewer.userId) return true;
  return isCaseStaff(viewer) && viewer.jobCenterId === personalCase.jobCenterId;
}
