import type { Viewer } from '@czn/kernel';
import { requireStaffRole } from '../staff-member/staff-member.access';

const ADMIN_ONLY = {
  listAgencies: 'Ведомства-партнёры и их сотрудников видит только администратор ЦЗН',
  listApiKeys: 'Ключи API ведомств-партнёров видит только администратор ЦЗН',
  manageUsers: 'Учётные записи сотрудников ведомств-партнёров создаёт и отключает только администратор ЦЗН',
  manageApiKeys: 'Ключи API ведомств-партнёров выпускает и отзывает только администратор ЦЗН',
} as const;

/** Partner agencies, their users and keys are managed by job-centre administrators; each refusal names its operation. */
export const requirePartnerAdmin = (viewer: Viewer, operation: keyof typeof ADMIN_ONLY) =>
  requireStaffRole(viewer, ['ADMIN'], ADMIN_ONLY[operation]);
