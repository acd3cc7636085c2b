import type { EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { User } from '../user/user.entity';
import { ActivationCode } from './activation-code.entity';

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

/** Each user's latest activation code, or null, in one query per request. */
export const latestActivationCodeLoader = (em: EntityManager) =>
  new DataLoader<string, ActivationCode | null>(async (userIds) => {
    const codes = await em.find(
      ActivationCode,
      { user: { $in: [...userIds] } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    return userIds.map((id) => codes.find((c) => c.user.id === id) ?? null);
  });
