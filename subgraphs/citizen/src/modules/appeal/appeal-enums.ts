import { registerEnumType } from 'type-graphql';

/** The citizen services one applies for with an appeal (seed 001). */
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
  valuesConfig: {
    JOB_SEARCH_ASSISTANCE: { description: 'Содействие в поиске подходящей работы' },
    LABOR_MARKET_INFO: { description: 'Информирование о положении на рынке труда' },
    CAREER_GUIDANCE: { description: 'Профессиональная ориентация' },
    PUBLIC_WORKS: { description: 'Участие в оплачиваемых общественных работах' },
    TEMPORARY_EMPLOYMENT: { description: 'Временное трудоустройство' },
    VOCATIONAL_TRAINING: { description: 'Профессиональное обучение и дополнительное профобразование' },
    SELF_EMPLOYMENT_SUPPORT: { description: 'Содействие самозанятости безработных граждан' },
  },
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
