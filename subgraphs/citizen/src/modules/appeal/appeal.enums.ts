import { registerLabelledEnum } from '@czn/kernel';
import { citizenServiceLabels } from '../citizen-service/citizen-service.enums';

/** The citizen services one applies for with an appeal (seed 001); each is also a CitizenService. */
export enum AppealType {
  JOB_SEARCH_ASSISTANCE = 'JOB_SEARCH_ASSISTANCE',
  LABOR_MARKET_INFO = 'LABOR_MARKET_INFO',
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  PUBLIC_WORKS = 'PUBLIC_WORKS',
  TEMPORARY_EMPLOYMENT = 'TEMPORARY_EMPLOYMENT',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  SELF_EMPLOYMENT_SUPPORT = 'SELF_EMPLOYMENT_SUPPORT',
}

registerLabelledEnum(
  AppealType,
  'AppealType',
  Object.fromEntries(Object.values(AppealType).map((type) => [type, citizenServiceLabels[type]])) as Record<
    AppealType,
    string
  >,
  'Услуга, за которой обращается гражданин',
);

export enum AppealStatus {
  REGISTERED = 'REGISTERED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

/** The statuses' labels in DOMAIN.md, as citizens and staff read them. */
export const appealStatusLabels: Record<AppealStatus, string> = {
  REGISTERED: 'Зарегистрировано',
  IN_PROGRESS: 'В работе',
  COMPLETED: 'Исполнено',
  REJECTED: 'Отказано',
};

registerLabelledEnum(AppealStatus, 'AppealStatus', appealStatusLabels);

export enum AppealEventType {
  SUBMITTED = 'SUBMITTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}

registerLabelledEnum(AppealEventType, 'AppealEventType', {
  SUBMITTED: 'Обращение подано',
  STATUS_CHANGED: 'Статус обращения изменён',
});
