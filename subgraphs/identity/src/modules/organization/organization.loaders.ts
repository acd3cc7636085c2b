import type { EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { User } from '../user/user.entity';

/** Employer representatives of each organisation, in one query per request. */
export const representativesByOrganizationLoader = (em: EntityManager) =>
  new DataLoader<string, User[]>(async (organizationIds) => {
    const users = await em.find(
      User,
      { organization: { $in: [...organizationIds] }, roles: { $contains: ['EMPLOYER'] } },
      { orderBy: { fullName: 'asc', id: 'asc' } },
    );
    return organizationIds.map((id) => users.filter((u) => u.organization?.id === id));
  });
