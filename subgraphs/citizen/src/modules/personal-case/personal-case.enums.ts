import { registerLabelledEnum } from '@czn/kernel';

/** Why the case is kept (seed 001): job search is the only purpose the portal knows. */
export enum PersonalCasePurpose {
  JOB_SEARCH = 'JOB_SEARCH',
}

registerLabelledEnum(
  PersonalCasePurpose,
  'PersonalCasePurpose',
  { JOB_SEARCH: 'Поиск подходящей работы' },
  'Цель личного дела',
);

export enum PersonalCaseStatus {
  JOB_SEEKER = 'JOB_SEEKER',
  UNEMPLOYED = 'UNEMPLOYED',
  CLOSED = 'CLOSED',
}

/** The statuses' labels in DOMAIN.md, as citizens and staff read them. */
export const personalCaseStatusLabels: Record<PersonalCaseStatus, string> = {
  JOB_SEEKER: 'Ищущий работу',
  UNEMPLOYED: 'Безработный',
  CLOSED: 'Закрыто',
};

registerLabelledEnum(
  PersonalCaseStatus,
  'PersonalCaseStatus',
  personalCaseStatusLabels,
  'Статус личного дела гражданина в центре занятости',
);

/** What a history row of a case records. */
export enum PersonalCaseChangeKind {
  OPENED = 'OPENED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ACCOUNT_SET = 'ACCOUNT_SET',
  CLOSED = 'CLOSED',
}

registerLabelledEnum(
  PersonalCaseChangeKind,
  'PersonalCaseChangeKind',
  {
    OPENED: 'Личное дело открыто',
    STATUS_CHANGED: 'Статус изменён',
    ACCOUNT_SET: 'Указан лицевой счёт',
    CLOSED: 'Личное дело закрыто',
  },
  'Что изменилось в личном деле',
);
