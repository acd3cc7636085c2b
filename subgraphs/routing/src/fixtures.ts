import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@czn/kernel';
import { LifeSituation } from './modules/life-situation/life-situation.entity';
import { ServiceOffering } from './modules/service-offering/service-offering.entity';
import {
  MandatoryMark,
  ServiceOfferingKind,
  ServiceOfferingType,
} from './modules/service-offering/service-offering.enums';

/**
 * How tests create routing's records until the catalogue is edited through GraphQL: each life situation new,
 * with a code of its own and `offerings` catalogue rows coded T-1, T-2, … named «Услуга 1», «Услуга 2», ….
 */
export const routingFixtures = {
  async lifeSituation(
    em: EntityManager,
    { offerings = 0 }: { offerings?: number } = {},
  ): Promise<LifeSituation> {
    const code = `TEST_${randomUUID()}`;
    const lifeSituation = em.create(LifeSituation, {
      code,
      name: `Тестовая ситуация ${code}`,
      description: 'Для теста',
    });
    for (let position = 1; position <= offerings; position++) {
      em.create(ServiceOffering, {
        lifeSituation,
        code: `T-${position}`,
        position,
        name: `Услуга ${position}`,
        description: 'Для теста',
        type: ServiceOfferingType.SERVICE,
        kind: ServiceOfferingKind.STATE_SERVICE,
        provider: 'центр занятости населения',
        mandatory: MandatoryMark.NOT_REQUIRED,
      });
    }
    await em.flush();
    return lifeSituation;
  },
};
