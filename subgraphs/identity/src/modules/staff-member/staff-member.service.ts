import {
  badUserInput,
  conflict,
  isUuid,
  notFound,
  STAFF_ROLES,
  type EntityManager,
  type Role,
  type Viewer,
} from '@czn/kernel';
import { endSessions } from '../session/sessions';
import { checkNewAccount, deactivateAccount, saveNewAccount } from '../user/managed-account';
import { User } from '../user/user.entity';
import { requireStaffAdmin } from './staff-member.access';
import type { CreateStaffMemberInput } from './staff-member.types';

function checkRoles(roles: Role[]): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw badUserInput('roles', 'Выберите хотя бы одну роль сотрудника');
  const foreign = unique.filter((role) => !(STAFF_ROLES as readonly Role[]).includes(role));
  if (foreign.length > 0)
    throw badUserInput(
      'roles',
      'Сотруднику ЦЗН можно дать только роли сотрудников: гражданин, работодатель и партнёр — не роли сотрудника',
    );
  return STAFF_ROLES.filter((role) => unique.includes(role));
}

const isStaffAccount = (user: User) =>
  user.roles.some((role) => (STAFF_ROLES as readonly Role[]).includes(role));

/** Staff accounts per job centre (issue #5): only that centre's administrator lists and changes them. */
export class StaffMembers {
  async list(em: EntityManager, viewer: Viewer): Promise<User[]> {
    const admin = await requireStaffAdmin(em, viewer);
    const users = await em.find(
      User,
      { jobCenterId: admin.jobCenterId },
      { orderBy: { fullName: 'asc', id: 'asc' } },
    );
    return users.filter(isStaffAccount);
  }

  async create(em: EntityManager, viewer: Viewer, input: CreateStaffMemberInput): Promise<User> {
    const admin = await requireStaffAdmin(em, viewer);
    const roles = checkRoles(input.roles);
    const account = await checkNewAccount(em, input, 'сотрудника');
    return saveNewAccount(
      em,
      Object.assign(new User(), {
        ...account,
        roles,
        jobCenterId: admin.jobCenterId,
      } satisfies Partial<User>),
    );
  }

  async updateRoles(em: EntityManager, viewer: Viewer, userId: string, roles: Role[]): Promise<User> {
    const admin = await requireStaffAdmin(em, viewer);
    const user = await this.member(em, admin.jobCenterId, userId);
    const checked = checkRoles(roles);
    if (user.id === admin.userId && !checked.includes('ADMIN'))
      throw conflict('Нельзя снять роль администратора с самого себя: попросите другого администратора ЦЗН');
    if ([...checked].sort().join() === [...user.roles].sort().join()) return user;
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { roles: checked });
      // Roles ride in access tokens: the person signs in again to get the new ones. An administrator
      // changing their own roles stays ADMIN and keeps the session they are working in.
      await endSessions(
        tx,
        { user: user.id, except: user.id === admin.userId ? admin.sessionId : null },
        'ROLES_CHANGED',
      );
    });
    user.roles = checked;
    return user;
  }

  async deactivate(em: EntityManager, viewer: Viewer, userId: string): Promise<User> {
    const admin = await requireStaffAdmin(em, viewer);
    const user = await this.member(em, admin.jobCenterId, userId);
    if (user.id === admin.userId)
      throw conflict('Нельзя отключить свою учётную запись: попросите другого администратора ЦЗН');
    return deactivateAccount(em, user);
  }

  private async member(em: EntityManager, jobCenterId: string, userId: string): Promise<User> {
    const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
    if (!user || user.jobCenterId !== jobCenterId || !isStaffAccount(user))
      throw notFound('Сотрудник не найден среди сотрудников вашего ЦЗН: обновите список');
    return user;
  }
}
