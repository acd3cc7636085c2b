import { registerLabelledEnum } from '@czn/kernel';

export enum PartnerReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}

/** As the agency and the job centre read them, in the schema and in the service's refusals. */
export const partnerReferralStatusLabels: Record<PartnerReferralStatus, string> = {
  SENT: 'Направлено',
  ACCEPTED: 'Принято',
  COMPLETED: 'Исполнено',
  DECLINED: 'Отклонено',
};

registerLabelledEnum(
  PartnerReferralStatus,
  'PartnerReferralStatus',
  partnerReferralStatusLabels,
  'Статус направления в ведомство-партнёр: «Направлено», пока ведомство его не приняло; «Принято» ведомством в работу; ' +
    '«Исполнено», когда ведомство записало результат; «Отклонено» ведомством, с причиной в результате',
);

/** The statuses an outcome may close a referral with. */
export enum PartnerReferralOutcomeStatus {
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}

registerLabelledEnum(
  PartnerReferralOutcomeStatus,
  'PartnerReferralOutcomeStatus',
  {
    COMPLETED: partnerReferralStatusLabels.COMPLETED,
    DECLINED: partnerReferralStatusLabels.DECLINED,
  },
  'Чем ведомство закрывает направление',
);
