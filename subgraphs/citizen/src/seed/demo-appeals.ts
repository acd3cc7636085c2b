import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { AppealStatus, AppealType } from '../modules/appeal/appeal.enums';
import {
  applicationExamples,
  type ApplicationFieldAnswerInput,
} from '../modules/application-form/application-examples';

export interface DemoAppeal {
  id: string;
  type: AppealType;
  applicantId: string;
  jobCenterId: string;
  /** The demo operator of that centre, who moves the appeal on. */
  operatorId: string;
  contactPhone: string;
  contactEmail: string | null;
  comment: string | null;
  fields: ApplicationFieldAnswerInput[];
  /** The statuses it went through after registration, each with the staff member's comment. */
  progress: Array<{ to: AppealStatus; comment: string | null }>;
  createdAt: Date;
}

/**
 * Applications of the demo citizens, so that the desks of Барнаул and Бийск show filled forms on `npm start`.
 * Ids and times are fixed, so seeding again changes nothing.
 */
export const demoAppeals: DemoAppeal[] = [
  {
    id: '3c8d2f10-7a4e-4b1c-9e5d-000000000001',
    type: AppealType.JOB_SEARCH_ASSISTANCE,
    applicantId: demoUserIds.ivanov,
    jobCenterId: demoJobCenterIds.barnaul,
    operatorId: demoUserIds.operatorBarnaul,
    contactPhone: '+79131234567',
    contactEmail: 'ivanov@example.ru',
    comment: 'Могу подойти на собеседование в любой день после 14:00',
    fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
    progress: [{ to: AppealStatus.IN_PROGRESS, comment: null }],
    createdAt: new Date('2026-12-01T10:20:00+07:00'),
  },
  {
    id: '3c8d2f10-7a4e-4b1c-9e5d-000000000002',
    type: AppealType.CAREER_GUIDANCE,
    applicantId: demoUserIds.petrova,
    jobCenterId: demoJobCenterIds.barnaul,
    operatorId: demoUserIds.operatorBarnaul,
    contactPhone: '+79609876543',
    contactEmail: 'petrova@example.ru',
    comment: null,
    fields: applicationExamples.CAREER_GUIDANCE,
    progress: [],
    createdAt: new Date('2026-12-03T15:05:00+07:00'),
  },
  {
    id: '3c8d2f10-7a4e-4b1c-9e5d-000000000003',
    type: AppealType.LABOR_MARKET_INFO,
    applicantId: demoUserIds.petrova,
    jobCenterId: demoJobCenterIds.biysk,
    operatorId: demoUserIds.operatorBiysk,
    contactPhone: '+79609876543',
    contactEmail: 'petrova@example.ru',
    comment: null,
    fields: applicationExamples.LABOR_MARKET_INFO,
    progress: [
      { to: AppealStatus.IN_PROGRESS, comment: null },
      {
        to: AppealStatus.COMPLETED,
        comment: 'Направлена справка о рынке труда г. Бийска за ноябрь: 412 вакансий, сварщики — от 60 000 ₽',
      },
    ],
    createdAt: new Date('2026-11-25T09:40:00+07:00'),
  },
  {
    id: '3c8d2f10-7a4e-4b1c-9e5d-000000000004',
    type: AppealType.JOB_SEARCH_ASSISTANCE,
    applicantId: demoUserIds.petrova,
    jobCenterId: demoJobCenterIds.biysk,
    operatorId: demoUserIds.operatorBiysk,
    contactPhone: '+79609876543',
    contactEmail: null,
    comment: null,
    fields: [
      { key: 'desiredPositions', values: ['Бухгалтер', 'Специалист по кадрам'] },
      { key: 'salaryFrom', value: '45000' },
      { key: 'schedule', values: ['FULL_DAY', 'FLEXIBLE'] },
      { key: 'employmentType', values: ['FULL', 'PART'] },
      { key: 'workExperience', value: 'FROM_1_TO_3' },
      { key: 'lastPosition', value: 'МБОУ «Школа № 12», секретарь учебной части' },
      { key: 'education', value: 'HIGHER_BACHELOR' },
      { key: 'specialty', value: 'Экономика и бухгалтерский учёт' },
      { key: 'district', value: 'Бийск' },
      { key: 'wishes', value: 'Рассматриваю неполный день, пока ребёнок в детском саду' },
    ],
    progress: [],
    createdAt: new Date('2026-12-04T11:30:00+07:00'),
  },
];
