import type { AppAudience } from '@czn/ui';

/** The staff roles of `packages/kernel/src/viewer.ts` (STAFF_ROLES): any one of them opens the desk. */
const STAFF_ROLES: ReadonlySet<string> = new Set([
  'REGISTRAR',
  'CAREER_CONSULTANT',
  'JOB_SELECTION_SPECIALIST',
  'EMPLOYER_RELATIONS_SPECIALIST',
  'DIGITAL_CONSULTANT',
  'REGISTERS_DEPARTMENT',
  'ADMIN',
]);

export const staff: AppAudience = {
  storageKey: 'czn.staff.session',
  cabinetGenitive: 'рабочего места сотрудника ЦЗН: войдите под учётной записью сотрудника',
  admits: (roles) => roles.some((role) => STAFF_ROLES.has(role)),
};
