import type { Viewer } from '@czn/kernel';
import { requireStaffRole } from '../staff-member/staff-member.access';

/** The personal-data audit trail (152-ФЗ) is read by job-centre administrators only. */
export const requireAuditReader = (viewer: Viewer) =>
  requireStaffRole(
    viewer,
    ['ADMIN'],
    'Журнал доступа к персональным данным доступен только администратору ЦЗН',
  );
