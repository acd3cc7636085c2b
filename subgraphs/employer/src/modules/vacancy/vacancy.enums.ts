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
