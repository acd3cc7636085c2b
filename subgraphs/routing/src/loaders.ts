import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { LifeSituation } from './modules/life-situation/life-situation.entity';
import { PartnerReferral } from './modules/partner-referral/partner-referral.entity';
import { ServiceOffering } from './modules/service-offering/service-offering.entity';

/** Each life situation's catalogue in document order, one query for all situations asked in a request. */
const offeringsByLifeSituationLoader = (em: EntityManager) =>
  new DataLoader<string, ServiceOffering[]>(async (lifeSituationIds) => {
    const offerings = await em.find(
      ServiceOffering,
      { lifeSituation: { $in: [...lifeSituationIds] } },
      { orderBy: { position: 'asc' } },
    );
    const grouped = new Map(lifeSituationIds.map((id) => [id, [] as ServiceOffering[]]));
    for (const offering of offerings) grouped.get(offering.lifeSituation.id)?.push(offering);
    return lifeSituationIds.map((id) => grouped.get(id) ?? []);
  });

export const createLoaders = (em: EntityManager) => ({
  lifeSituation: entityByIdLoader(em, LifeSituation),
  serviceOffering: entityByIdLoader(em, ServiceOffering),
  offeringsByLifeSituation: offeringsByLifeSituationLoader(em),
  partnerReferral: entityByIdLoader(em, PartnerReferral),
});

export type RoutingLoaders = ReturnType<typeof createLoaders>;
