import { demoJobCenterIds, demoPartnerAgencyIds, demoUserIds } from '@czn/demo';
import type { EntityManager } from '@czn/kernel';
import { LifeSituation } from '../modules/life-situation/life-situation.entity';
import { PartnerReferral } from '../modules/partner-referral/partner-referral.entity';
import { PartnerReferralStatus } from '../modules/partner-referral/partner-referral.enums';

/**
 * One referral for the demo bailiffs' office (`osp.barnaul`), so that its «Направления» are not empty on
 * `npm start`: the Barnaul job centre reports back on a debtor the bailiff sent to the consultation point.
 */
export async function seedPartnerReferrals(em: EntityManager): Promise<void> {
  const id = '3e5b7d20-6c4a-4b1f-9d2e-000000000001';
  if (await em.count(PartnerReferral, { id })) return;
  const createdAt = new Date('2026-11-17T07:30:00Z');
  em.create(PartnerReferral, {
    id,
    agencyId: demoPartnerAgencyIds.bailiffs,
    personId: demoUserIds.petrova,
    personFullName: 'Петрова Анна Сергеевна',
    jobCenterId: demoJobCenterIds.barnaul,
    lifeSituation: await em.findOneOrFail(LifeSituation, { code: 'ALIMONY_OBLIGATIONS' }),
    purpose:
      'Консультация в пункте приёма ОСП проведена: должница ищет работу через ЦЗН (траектория 1.2). ' +
      'Сообщите, изменилось ли исполнительное производство',
    status: PartnerReferralStatus.SENT,
    outcome: null,
    createdBy: demoUserIds.operatorBarnaul,
    idempotencyKey: null,
    createdAt,
    updatedAt: createdAt,
  });
  await em.flush();
}
