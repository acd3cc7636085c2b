import type { EntityManager } from '@czn/kernel';
import { LifeSituation } from '../modules/life-situation/life-situation.entity';
import { ServiceOffering } from '../modules/service-offering/service-offering.entity';
import { alimonySituation } from './alimony-situation';
import { seedPartnerReferrals } from './partner-referrals';

/**
 * Upserts by natural key (situation code; situation and offering code) and adds the demo referral once, so
 * seeding again changes nothing.
 */
export async function seed(em: EntityManager): Promise<void> {
  const { offerings, ...situation } = alimonySituation;
  const lifeSituation = await em.upsert(LifeSituation, situation, { onConflictFields: ['code'] });
  await em.upsertMany(
    ServiceOffering,
    offerings.map((offering, index) => ({
      ...offering,
      position: index + 1,
      lifeSituation: lifeSituation.id,
    })),
    { onConflictFields: ['lifeSituation', 'code'] },
  );
  await seedPartnerReferrals(em, lifeSituation);
}
