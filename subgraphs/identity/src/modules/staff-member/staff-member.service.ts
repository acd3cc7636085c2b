import {
  badUserInput,
  conflict,
  forbidden,
  isUuid,
  notFound,
  requireStaff,
  STAFF_ROLES,
  type EntityManager,
  type Role,
  type Viewer,
} from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { loginProblem, normalizeLogin, passwordProblem } from '../employer-activation/password-policy';
import { Session } from '../session/session.entity';
import { User } from '../user/user.entity';
import type { CreateStaffMemberInput } from './staff-member.types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The administrator of a job centre; returns the centre they manage. */
export function requireAdmin(viewer: Viewer) {
  const staff = requireStaff(viewer);
  if (!staff.roles.includes('ADMIN'))
    throw forbidden('Управлять сотрудниками может только администратор ЦЗН');
  return staff;
}

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
    const admin = requireAdmin(viewer);
    const users = await em.find(
      User,
      { jobCenterId: admin.jobCenterId },
      { orderBy: { fullName: 'asc', id: 'asc' } },
    );
    return users.filter(isStaffAccount);
  }

  async create(em: EntityManager, viewer: Viewer, input: CreateStaffMemberInput): Promise<User> {
    const admin = requireAdmin(viewer);
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    if (fullName.split(' ').length < 2)
      throw badUserInput('fullName', 'Укажите фамилию, имя и отчество (если есть) сотрудника');
    const login = normalizeLogin(input.login);
    const loginMessage = loginProblem(login);
    if (loginMessage) throw badUserInput('login', loginMessage);
    const passwordMessage = passwordProblem(input.password, login);
    if (passwordMessage) throw badUserInput('password', passwordMessage);
    const email = input.email?.trim().toLowerCase() || null;
    if (email && !EMAIL.test(email))
      throw badUserInput(
        'email',
        'Укажите адрес электронной почты, например smirnova@czn.example.ru, или оставьте поле пустым',
      );
    const roles = checkRoles(input.roles);
    if ((await em.count(User, { login })) > 0)
      throw badUserInput('login', `Логин «${login}» уже занят: придумайте другой`);
    const user = Object.assign(new User(), {
      fullName,
      login,
      email,
      roles,
      jobCenterId: admin.jobCenterId,
      passwordHash: await hash(input.password),
    } satisfies Partial<User>);
    try {
      await em.persist(user).flush();
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw badUserInput('login', `Логин «${login}» уже занят: придумайте другой`);
      throw error;
    }
    return user;
  }

  async updateRoles(em: EntityManager, viewer: Viewer, userId: string, roles: Role[]): Promise<User> {
    const admin = requireAdmin(viewer);
    const user = await this.member(em, admin.jobCenterId, userId);
    const checked = checkRoles(roles);
    if (user.id === admin.userId && !checked.includes('ADMIN'))
      throw conflict('Нельзя снять роль администратора с самого себя: попросите другого администратора ЦЗН');
    user.roles = checked;
    await em.flush();
    return user;
  }

  async deactivate(em: EntityManager, viewer: Viewer, userId: string): Promise<User> {
    const admin = requireAdmin(viewer);
    const user = await this.member(em, admin.jobCenterId, userId);
    if (user.id === admin.userId)
      throw conflict('Нельзя отключить свою учётную запись: попросите другого администратора ЦЗН');
    if (user.deactivatedAt) return user;
    const now = new Date();
    await em.transactional(async (tx) => {
      // Without a password the account cannot sign in; its sessions end now, its access token within minutes.
      await tx.nativeUpdate(User, { id: user.id }, { deactivatedAt: now, passwordHash: null });
      await tx.nativeUpdate(
        Session,
        { user: user.id, revokedAt: null },
        { revokedAt: now, revokedReason: 'SIGN_OUT_EVERYWHERE' },
      );
    });
    user.deactivatedAt = now;
    return user;
  }

  private async member(em: EntityManager, jobCenterId: string, userId: string): Promise<User> {
    const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
    if (!user || user.jobCenterId !== jobCenterId || !isStaffAccount(user))
      throw notFound('Сотрудник не найден среди сотрудников вашего ЦЗН: обновите список');
    return user;
  }
}
