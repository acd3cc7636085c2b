import { badUserInput, forbidden, notFound, type EntityManager } from '@czn/kernel';
import { hash, verify } from '@node-rs/argon2';
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
const WRONG_PASSWORD = 'Неверный текущий пароль. Проверьте раскладку и Caps Lock.';

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
  constructor(private readonly sendMail: SendMail) {}

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
      if (!user.passwordHash || !(await verify(user.passwordHash, password)))
        throw badUserInput('password', WRONG_PASSWORD);
    }
    const previous = user.email;
    user.email = next;
    await em.flush();
    if (throughEsia && previous) await this.sendMail(em, emailChangedNotice(user, previous, next));
    return user;
  }

  async changePassword(
    em: EntityManager,
    userId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await ownAccount(em, userId);
    if (user.esiaOid !== null || !user.passwordHash) throw forbidden(ESIA_PASSWORD_ELSEWHERE);
    if (!(await verify(user.passwordHash, currentPassword)))
      throw badUserInput('currentPassword', WRONG_PASSWORD);
    if (newPassword.length < 8)
      throw badUserInput('newPassword', 'Новый пароль должен быть не короче 8 символов');
    if (newPassword === currentPassword)
      throw badUserInput('newPassword', 'Новый пароль совпадает с текущим: придумайте другой');
    user.passwordHash = await hash(newPassword);
    await em.flush();
  }
}

async function ownAccount(em: EntityManager, userId: string): Promise<User> {
  const user = await em.findOne(User, userId, { populate: ['passwordHash'] });
  if (!user) throw notFound('Учётная запись не найдена');
  return user;
}
