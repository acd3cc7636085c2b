/** Russian labels of DOMAIN.md for the values the schema speaks in English. */
export const appealStatusLabels = {
  REGISTERED: 'Зарегистрировано',
  IN_PROGRESS: 'В работе',
  COMPLETED: 'Исполнено',
  REJECTED: 'Отказано',
} as const;

export type AppealStatus = keyof typeof appealStatusLabels;

/** Badge tone of each status: neutral while waiting, in progress, done, refused. */
export const appealStatusTones: Record<AppealStatus, 'default' | 'processing' | 'success' | 'error'> = {
  REGISTERED: 'default',
  IN_PROGRESS: 'processing',
  COMPLETED: 'success',
  REJECTED: 'error',
};

export const citizenServiceLabels = {
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
} as const;

export type CitizenService = keyof typeof citizenServiceLabels;

export const appealWords = ['обращение', 'обращения', 'обращений'] as const;
