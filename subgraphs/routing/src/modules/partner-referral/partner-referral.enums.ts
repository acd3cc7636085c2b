import { registerEnumType } from 'type-graphql';

export enum PartnerReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}
registerEnumType(PartnerReferralStatus, {
  name: 'PartnerReferralStatus',
  description: 'Статус направления в ведомство-партнёр',
  valuesConfig: {
    SENT: { description: 'Направлено: ведомство ещё не приняло направление' },
    ACCEPTED: { description: 'Принято ведомством в работу' },
    COMPLETED: { description: 'Исполнено: ведомство записало результат' },
    DECLINED: { description: 'Отклонено ведомством (с причиной в результате)' },
  },
});

/** The statuses an outcome may close a referral with. */
export enum PartnerReferralOutcomeStatus {
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}
registerEnumType(PartnerReferralOutcomeStatus, {
  name: 'PartnerReferralOutcomeStatus',
  description: 'Чем ведомство закрывает направление',
  valuesConfig: {
    COMPLETED: { description: 'Исполнено' },
    DECLINED: { description: 'Отклонено' },
  },
});
