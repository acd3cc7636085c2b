import { registerLabelledEnum } from '@czn/kernel';

/** The citizen services of DOMAIN.md (seed 001), in the order the portal lists them. */
export enum CitizenService {
  JOB_SEARCH_ASSISTANCE = 'JOB_SEARCH_ASSISTANCE',
  LABOR_MARKET_INFO = 'LABOR_MARKET_INFO',
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  PUBLIC_WORKS = 'PUBLIC_WORKS',
  TEMPORARY_EMPLOYMENT = 'TEMPORARY_EMPLOYMENT',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  SELF_EMPLOYMENT_SUPPORT = 'SELF_EMPLOYMENT_SUPPORT',
  APPOINTMENT = 'APPOINTMENT',
  RESUME = 'RESUME',
  SOCIAL_PAYMENTS_INFO = 'SOCIAL_PAYMENTS_INFO',
  INTERACTIONS = 'INTERACTIONS',
  NOTIFICATIONS = 'NOTIFICATIONS',
  SERVICE_RATING = 'SERVICE_RATING',
}

/** The services' labels in DOMAIN.md, as citizens read them. */
export const citizenServiceLabels: Record<CitizenService, string> = {
  JOB_SEARCH_ASSISTANCE: 'Содействие в поиске подходящей работы',
  LABOR_MARKET_INFO: 'Информирование о положении на рынке труда',
  CAREER_GUIDANCE: 'Профессиональная ориентация',
  PUBLIC_WORKS: 'Участие в оплачиваемых общественных работах',
  TEMPORARY_EMPLOYMENT: 'Временное трудоустройство',
  VOCATIONAL_TRAINING: 'Профессиональное обучение и дополнительное профобразование',
  SELF_EMPLOYMENT_SUPPORT: 'Содействие самозанятости безработных граждан',
  APPOINTMENT: 'Запись на прием в службу занятости',
  RESUME: 'Формирование и работа с резюме',
  SOCIAL_PAYMENTS_INFO: 'Информирование о социальных выплатах',
  INTERACTIONS: 'Просмотр взаимодействий и назначенных посещений',
  NOTIFICATIONS: 'Подписка на автоматические уведомления',
  SERVICE_RATING: 'Оценка качества предоставления услуг',
};

registerLabelledEnum(CitizenService, 'CitizenService', citizenServiceLabels, 'Услуга портала для гражданина');
