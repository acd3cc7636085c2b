import type { EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { ActivationCode } from './activation-code.entity';

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
