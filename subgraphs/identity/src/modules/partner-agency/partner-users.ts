import { isUuid, notFound, type EntityManager, type Viewer } from '@czn/kernel';
import DataLoader from 'dataloader';
import { checkNewAccount, deactivateAccount, saveNewAccount } from '../user/managed-account';
import { User } from '../user/user.entity';
import { PartnerAgency } from './partner-agency.entity';
import { requirePartnerAdmin } from './partner-agency.access';
import type { CreatePartnerUserInput } from './partner-user.types';

/** A partner agency's employee signs in with login and password and sees only the agency's referrals. */
export async function createPartnerUser(
  em: EntityManager,
  viewer: Viewer,
  input: CreatePartnerUserInput,
): Promise<User> {
  requirePartnerAdmin(viewer, 'manageUsers');
  const agency = isUuid(input.agencyId) ? await em.findOne(PartnerAgency, { id: input.agencyId }) : null;
  if (!agency) throw notFound('Ведомство-партнёр не найдено: обновите список');
  const account = await checkNewAccount(em, input, 'сотрудника ведомства');
  return saveNewAccount(
    em,
    Object.assign(new User(), {
      ...account,
      roles: ['PARTNER'],
      partnerAgency: agency,
    } satisfies Partial<User>),
  );
}

export async function deactivatePartnerUser(
  em: EntityManager,
  viewer: Viewer,
  userId: string,
): Promise<User> {
  requirePartnerAdmin(viewer, 'manageUsers');
  const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
  if (!user?.partnerAgency) throw notFound('Сотрудник ведомства-партнёра не найден: обновите список');
  return deactivateAccount(em, user);
}

/** Each agency's employees by name, in one query per request. */
export const usersByPartnerAgencyLoader = (em: EntityManager) =>
  new DataLoader<string, User[]>(async (agencyIds) => {
    const users = await em.find(
      User,
      { partnerAgency: { $in: [...agencyIds] } },
      { orderBy: { fullName: 'asc', id: 'asc' } },
    );
    return agencyIds.map((id) => users.filter((user) => user.partnerAgency?.id === id));
  });
