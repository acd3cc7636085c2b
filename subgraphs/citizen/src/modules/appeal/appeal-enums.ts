import { registerEnumType } from 'type-graphql';
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

export enum AppealStatus {
  REGISTERED = 'REGISTERED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

registerEnumType(AppealType, {
  name: 'AppealType',
  description: 'Услуга, за которой обращается гражданин',
  valuesConfig: Object.fromEntries(
    Object.values(AppealType).map((type) => [type, { description: citizenServiceLabels[type] }]),
  ),
});

/** The statuses' labels in DOMAIN.md, as citizens and staff read them. */
export const appealStatusLabels: Record<AppealStatus, string> = {
  REGISTERED: 'Зарегистрировано',
  IN_PROGRESS: 'В работе',
  COMPLETED: 'Исполнено',
  REJECTED: 'Отказано',
};

registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  valuesConfig: Object.fromEntries(
    Object.entries(appealStatusLabels).map(([status, label]) => [status, { description: label }]),
  ),
});
