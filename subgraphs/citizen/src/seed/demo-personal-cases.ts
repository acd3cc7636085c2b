import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import {
  PersonalCaseChangeKind,
  PersonalCasePurpose,
  PersonalCaseStatus,
} from '../modules/personal-case/personal-case.enums';

const at = (iso: string) => new Date(iso);

/**
 * Personal cases of the demo citizens, so that «Услуги» shows each rule of seed 001 at work: Иванов is
 * unemployed at Barnaul with a personal account (vocational training and self-employment support open to
 * him), Петрова a job seeker at Biysk (public works and temporary employment), so Barnaul's registrar who
 * finds her sees that she has a case elsewhere and can open one at Barnaul.
 */
export const demoPersonalCases = [
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-000000000001',
    citizenId: demoUserIds.ivanov,
    jobCenterId: demoJobCenterIds.barnaul,
    purpose: PersonalCasePurpose.JOB_SEARCH,
    status: PersonalCaseStatus.UNEMPLOYED,
    openedOn: '2026-11-10',
    personalAccountNumber: '40817810502000012345',
    closedOn: null,
    closeReason: null,
    idempotencyKey: null,
    createdAt: at('2026-11-10T03:00:00Z'),
    updatedAt: at('2026-11-20T04:00:00Z'),
  },
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-000000000002',
    citizenId: demoUserIds.petrova,
    jobCenterId: demoJobCenterIds.biysk,
    purpose: PersonalCasePurpose.JOB_SEARCH,
    status: PersonalCaseStatus.JOB_SEEKER,
    openedOn: '2026-11-25',
    personalAccountNumber: null,
    closedOn: null,
    closeReason: null,
    idempotencyKey: null,
    createdAt: at('2026-11-25T05:00:00Z'),
    updatedAt: at('2026-11-25T05:00:00Z'),
  },
];

export const demoPersonalCaseHistory = [
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-100000000001',
    personalCase: demoPersonalCases[0]!.id,
    kind: PersonalCaseChangeKind.OPENED,
    fromStatus: null,
    toStatus: PersonalCaseStatus.JOB_SEEKER,
    changedById: demoUserIds.operatorBarnaul,
    changedAt: at('2026-11-10T03:00:00Z'),
    reason: null,
  },
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-100000000002',
    personalCase: demoPersonalCases[0]!.id,
    kind: PersonalCaseChangeKind.STATUS_CHANGED,
    fromStatus: PersonalCaseStatus.JOB_SEEKER,
    toStatus: PersonalCaseStatus.UNEMPLOYED,
    changedById: demoUserIds.operatorBarnaul,
    changedAt: at('2026-11-20T03:30:00Z'),
    reason: 'Признан безработным: подходящая работа за 10 дней не найдена',
  },
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-100000000003',
    personalCase: demoPersonalCases[0]!.id,
    kind: PersonalCaseChangeKind.ACCOUNT_SET,
    fromStatus: PersonalCaseStatus.UNEMPLOYED,
    toStatus: PersonalCaseStatus.UNEMPLOYED,
    changedById: demoUserIds.operatorBarnaul,
    changedAt: at('2026-11-20T04:00:00Z'),
    reason: null,
  },
  {
    id: '3e8d5b70-6a2c-4f1e-9d3b-100000000004',
    personalCase: demoPersonalCases[1]!.id,
    kind: PersonalCaseChangeKind.OPENED,
    fromStatus: null,
    toStatus: PersonalCaseStatus.JOB_SEEKER,
    changedById: demoUserIds.operatorBiysk,
    changedAt: at('2026-11-25T05:00:00Z'),
    reason: null,
  },
];
