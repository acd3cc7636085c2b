import { registerLabelledEnum } from '@czn/kernel';

export const VacancyStatus = {
  ACTIVE: 'ACTIVE',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type VacancyStatus = (typeof VacancyStatus)[keyof typeof VacancyStatus];

registerLabelledEnum(
  VacancyStatus,
  'VacancyStatus',
  { ACTIVE: 'Активная', WITHDRAWN: 'Снята' },
  'Состояние вакансии: «Активная» опубликована и видна соискателям, «Снята» снята работодателем и в общем списке не показывается',
);

export const WorkSchedule = {
  FULL_DAY: 'FULL_DAY',
  SHIFT: 'SHIFT',
  FLEXIBLE: 'FLEXIBLE',
  REMOTE: 'REMOTE',
  ROTATION: 'ROTATION',
} as const;
export type WorkSchedule = (typeof WorkSchedule)[keyof typeof WorkSchedule];

registerLabelledEnum(
  WorkSchedule,
  'WorkSchedule',
  {
    FULL_DAY: 'Полный день',
    SHIFT: 'Сменный график',
    FLEXIBLE: 'Гибкий график',
    REMOTE: 'Удалённая работа',
    ROTATION: 'Вахтовый метод',
  },
  'График работы по вакансии',
);

export const EmploymentType = {
  FULL: 'FULL',
  PART: 'PART',
  PROJECT: 'PROJECT',
  INTERNSHIP: 'INTERNSHIP',
  TEMPORARY: 'TEMPORARY',
} as const;
export type EmploymentType = (typeof EmploymentType)[keyof typeof EmploymentType];

registerLabelledEnum(
  EmploymentType,
  'EmploymentType',
  {
    FULL: 'Полная занятость',
    PART: 'Частичная занятость',
    PROJECT: 'Проектная работа',
    INTERNSHIP: 'Стажировка',
    TEMPORARY: 'Временная работа',
  },
  'Тип занятости по вакансии',
);
