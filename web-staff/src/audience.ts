import type { AppAudience } from '@czn/ui';
import type { Role } from './gql/graphql';

/** The staff roles of `packages/kernel/src/viewer.ts` (STAFF_ROLES): any one of them opens the desk. */
export const STAFF_ROLES: readonly Role[] = [
  'REGISTRAR',
  'CAREER_CONSULTANT',
  'JOB_SELECTION_SPECIALIST',
  'EMPLOYER_RELATIONS_SPECIALIST',
  'DIGITAL_CONSULTANT',
  'REGISTERS_DEPARTMENT',
  'ADMIN',
];

/** An employee of a partner agency: sees only the referrals addressed to the agency, not the desk. */
export const isPartner = (roles: readonly string[]): boolean => roles.includes('PARTNER');

export const staff: AppAudience = {
  storageKey: 'czn.staff.session',
  cabinetGenitive:
    'рабочего места сотрудника ЦЗН: войдите под учётной записью сотрудника ЦЗН или ведомства-партнёра',
  admits: (roles) =>
    isPartner(roles) || roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role)),
};
