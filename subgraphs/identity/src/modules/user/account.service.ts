import { badUserInput, forbidden, notFound, type EntityManager, type SignedInViewer } from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { endSessions } from '../session/sessions';
import type { CurrentPasswordCheck } from './current-password';
import { passwordProblem } from './password-policy';
import { User } from './user.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends an e-mail; identity's mailer (SMTP, or the development mailbox) implements it. */
export type SendMail = (em: EntityManager, message: OutgoingMail) => Promise<void>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ESIA_PASSWORD_ELSEWHERE =
  'Вы входите через Госуслуги: пароль меняется на gosuslugi.ru в разделе «Профиль» → «Безопасность».';

/** The notice to the old address when an ESIA account changes its e-mail without a password (seed 001). */
export function emailChangedNotice(user: User, oldEmail: string, newEmail: string): OutgoingMail {
  return {
    to: oldEmail,
    subject: 'Адрес электронной почты в личном кабинете изменён',
    text:
      `Здравствуйте, ${user.fullName}!\n\n` +
      `В личном кабинете на портале службы занятости адрес электронной почты изменён на ${newEmail}.\n` +
      'Если это сделали не вы, войдите в кабинет через Госуслуги, верните свой адрес и обратитесь в центр занятости.\n',
  };
}

/**
 * «Настройки»: what a person changes in their own account. A portal account confirms each change with its
 * password; an ESIA account changes its e-mail without one (the old address is told) and its password only
 * at Gosuslugi.
 */
export class AccountService {
  constructor(
    private readonly sendMail: SendMail,
    private readonly currentPassword: CurrentPasswordCheck,
  ) {}

  async changeEmail(
    em: EntityManager,
    userId: string,
    email: string,
    password: string | null,
  ): Promise<User> {
    const user = await ownAccount(em, userId);
    const next = email.trim().toLowerCase();
    if (!EMAIL.test(next))
      throw badUserInput('email', 'Введите адрес электронной почты, например name@example.ru');
    if (next === user.email) throw badUserInput('email', 'Это уже ваш адрес: введите новый');
    const throughEsia = user.esiaOid !== null;
    if (!throughEsia) {
      if (!password) throw badUserInput('password', 'Введите текущий пароль, чтобы подтвердить смену адреса');
      await this.currentPassword.confirm(em, user, password, 'password');
    }
    const previous = user.email;
    user.email = next;
    await em.flush();
    if (throughEsia && previous) await this.sendMail(em, emailChangedNotice(user, previous, next));
    return user;
  }

  /** A new password by the portal's policy; the person's other sessions end, the one in use stays. */
  async changePassword(
    em: EntityManager,
    viewer: SignedInViewer,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await ownAccount(em, viewer.userId);
    if (user.esiaOid !== null || !user.passwordHash) throw forbidden(ESIA_PASSWORD_ELSEWHERE);
    await this.currentPassword.confirm(em, user, currentPassword, 'currentPassword');
    const problem = passwordProblem(newPassword, user.login ?? '');
    if (problem) throw badUserInput('newPassword', problem);
    if (newPassword === currentPassword)
      throw badUserInput('newPassword', 'Новый пароль совпадает с текущим: придумайте другой');
    const passwordHash = await hash(newPassword);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
      await endSessions(tx, { user: user.id, except: viewer.sessionId }, 'PASSWORD_CHANGED');
    });
  }
}

async function ownAccount(em: EntityManager, userId: string): Promise<User> {
  const user = await em.findOne(User, userId, { populate: ['passwordHash'] });
  if (!user) throw notFound('Учётная запись не найдена');
  return user;
}
