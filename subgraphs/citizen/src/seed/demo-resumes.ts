import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { EducationLevel, ResumeStatus } from '../modules/resume/resume.enums';

const ALL_CONSENT = {
  publish: true,
  publishName: true,
  publishAddress: true,
  publishPhone: true,
  publishAge: true,
};

const IVANOV = {
  ownerId: demoUserIds.ivanov,
  fullName: 'Иванов Иван Иванович',
  birthDate: '1985-03-14',
  phone: '+79131234567',
  email: 'ivanov@example.ru',
  address: 'Алтайский край, г. Барнаул, пр-кт Ленина, д. 10, кв. 5',
  idempotencyKey: null,
};

const IVANOV_EDUCATION = [
  {
    level: EducationLevel.SECONDARY_VOCATIONAL,
    institution: 'Барнаульский строительный колледж',
    specialty: 'Монтаж и эксплуатация оборудования',
    graduationYear: 2004,
  },
];

/**
 * The demo resumes: Ivanov's is active at Barnaul (published, address hidden) and another was refused with a
 * reason for him to fix and resubmit; Petrova's waits in Barnaul's moderation queue. Ids and times are fixed,
 * so seeding again changes nothing.
 */
export const demoResumes = [
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-000000000001',
    ...IVANOV,
    jobCenterId: demoJobCenterIds.barnaul,
    status: ResumeStatus.ACTIVE,
    rejectionReason: null,
    desiredPosition: 'Монтажник металлопластиковых конструкций',
    fieldOfActivity: 'Строительство',
    desiredSalary: 55000,
    city: 'Барнаул',
    educations: IVANOV_EDUCATION,
    experiences: [
      {
        organization: 'ООО «Окна Сибири»',
        position: 'Монтажник окон ПВХ',
        from: '2015-04',
        to: '2026-09',
        duties: 'Замер и монтаж окон, дверей и балконных рам, отделка откосов, гарантийный ремонт.',
      },
    ],
    keySkills: ['Монтаж окон ПВХ', 'Замер проёмов', 'Работа на высоте', 'Водительские права категории B'],
    about: 'Без вредных привычек, готов к командировкам по краю.',
    ...ALL_CONSENT,
    publishAddress: false,
    createdAt: new Date('2026-11-24T10:00:00+07:00'),
    updatedAt: new Date('2026-11-25T11:30:00+07:00'),
    submittedAt: new Date('2026-11-24T10:00:00+07:00'),
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-000000000002',
    ...IVANOV,
    jobCenterId: demoJobCenterIds.barnaul,
    status: ResumeStatus.REJECTED,
    rejectionReason:
      'В разделе «О себе» указан личный телефон и ссылка на сторонний сайт: уберите их, контакты указываются в своём разделе',
    desiredPosition: 'Водитель категории B',
    fieldOfActivity: 'Транспорт',
    desiredSalary: 45000,
    city: 'Барнаул',
    educations: IVANOV_EDUCATION,
    experiences: [
      {
        organization: 'ИП Петренко А. В.',
        position: 'Водитель-экспедитор',
        from: '2010-03',
        to: '2015-03',
        duties: 'Доставка строительных материалов по Барнаулу и Новоалтайску.',
      },
    ],
    keySkills: ['Категория B', 'Знание города'],
    about: 'Звоните 8 913 123-45-67, подробнее на моём сайте ivanov-drive.example.ru',
    ...ALL_CONSENT,
    createdAt: new Date('2026-11-26T09:00:00+07:00'),
    updatedAt: new Date('2026-11-27T14:10:00+07:00'),
    submittedAt: new Date('2026-11-26T09:00:00+07:00'),
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-000000000003',
    ownerId: demoUserIds.petrova,
    fullName: 'Петрова Анна Сергеевна',
    birthDate: '1992-09-02',
    phone: '+79609876543',
    email: 'petrova@example.ru',
    address: 'Алтайский край, г. Бийск, ул. Советская, д. 3, кв. 17',
    idempotencyKey: null,
    jobCenterId: demoJobCenterIds.barnaul,
    status: ResumeStatus.PENDING_REVIEW,
    rejectionReason: null,
    desiredPosition: 'Бухгалтер',
    fieldOfActivity: 'Финансы, бухгалтерия',
    desiredSalary: 48000,
    city: 'Барнаул',
    educations: [
      {
        level: EducationLevel.BACHELOR,
        institution: 'Алтайский государственный университет',
        specialty: 'Бухгалтерский учёт, анализ и аудит',
        graduationYear: 2014,
      },
    ],
    experiences: [
      {
        organization: 'ООО «Торговый дом «Степной»',
        position: 'Бухгалтер по расчётам с поставщиками',
        from: '2014-08',
        to: null,
        duties: 'Первичная документация, сверки с контрагентами, расчёт заработной платы в 1С.',
      },
    ],
    keySkills: ['1С:Бухгалтерия 8.3', '1С:ЗУП', 'Excel', 'Налоговый учёт'],
    about: null,
    ...ALL_CONSENT,
    publishName: false,
    publishPhone: false,
    createdAt: new Date('2026-12-01T15:20:00+07:00'),
    updatedAt: new Date('2026-12-01T15:20:00+07:00'),
    submittedAt: new Date('2026-12-01T15:20:00+07:00'),
  },
];

const [active, rejected, pending] = demoResumes as [
  (typeof demoResumes)[number],
  (typeof demoResumes)[number],
  (typeof demoResumes)[number],
];

/** Each demo resume's moderation as it happened: created, then decided by Barnaul's operator. */
export const demoResumeHistory = [
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-100000000001',
    resume: active.id,
    fromStatus: null,
    toStatus: ResumeStatus.PENDING_REVIEW,
    changedById: active.ownerId,
    changedAt: active.createdAt,
    reason: null,
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-100000000002',
    resume: active.id,
    fromStatus: ResumeStatus.PENDING_REVIEW,
    toStatus: ResumeStatus.ACTIVE,
    changedById: demoUserIds.operatorBarnaul,
    changedAt: active.updatedAt,
    reason: null,
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-100000000003',
    resume: rejected.id,
    fromStatus: null,
    toStatus: ResumeStatus.PENDING_REVIEW,
    changedById: rejected.ownerId,
    changedAt: rejected.createdAt,
    reason: null,
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-100000000004',
    resume: rejected.id,
    fromStatus: ResumeStatus.PENDING_REVIEW,
    toStatus: ResumeStatus.REJECTED,
    changedById: demoUserIds.operatorBarnaul,
    changedAt: rejected.updatedAt,
    reason: rejected.rejectionReason,
  },
  {
    id: '3b8d2f60-4c1a-4e7b-9d2e-100000000005',
    resume: pending.id,
    fromStatus: null,
    toStatus: ResumeStatus.PENDING_REVIEW,
    changedById: pending.ownerId,
    changedAt: pending.createdAt,
    reason: null,
  },
];
