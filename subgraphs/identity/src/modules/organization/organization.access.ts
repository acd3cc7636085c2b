import { isStaff, STAFF_ROLES, type Role, type Viewer } from '@czn/kernel';
import { requireStaffRole } from '../staff-member/staff-member.access';

/** Who registers employers and their representatives: the people an employer meets at the job centre. */
export const EMPLOYER_REGISTRATION_ROLES: readonly Role[] = [
  'REGISTRAR',
  'EMPLOYER_RELATIONS_SPECIALIST',
  'ADMIN',
];

const WHO_REGISTERS = 'регистратор, специалист по работе с работодателями и администратор ЦЗН';

export const requireOrganizationsReader = (viewer: Viewer) =>
  requireStaffRole(viewer, STAFF_ROLES, 'Список организаций-работодателей доступен только сотрудникам ЦЗН');

export const requireEmployerRegistrar = (viewer: Viewer) =>
  requireStaffRole(
    viewer,
    EMPLOYER_REGISTRATION_ROLES,
    `Регистрировать работодателей могут ${WHO_REGISTERS}`,
  );

export const requireRepresentativeRegistrar = (viewer: Viewer) =>
  requireStaffRole(
    viewer,
    EMPLOYER_REGISTRATION_ROLES,
    `Добавлять представителей организаций могут ${WHO_REGISTERS}`,
  );

/** An organisation's representatives are listed to job-centre staff; everyone else sees none. */
export const canSeeRepresentatives = (viewer: Viewer) => isStaff(viewer);
