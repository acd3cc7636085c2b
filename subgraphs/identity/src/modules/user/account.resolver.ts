import {
  badUserInput,
  forbidden,
  notFound,
  requireUser,
  type EntityManager,
  type SubgraphContext,
} from '@czn/kernel';
import { hash, verify } from '@node-rs/argon2';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { canSeeContacts } from './user.access';
import { User } from './user.entity';

type Context = SubgraphContext<IdentityLoaders>;

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

/** «Настройки»: what a person changes in their own account — e-mail and, for portal accounts, the password. */
@Resolver(() => User)
export class AccountResolver {
  constructor(private readonly sendMail: SendMail) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Вход через Госуслуги (ЕСИА): пароль меняется на Госуслугах, смена почты — без пароля. Пусто для тех, кому это не показывается',
  })
  signsInThroughEsia(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return canSeeContacts(viewer, user) ? user.esiaOid !== null : null;
  }

  @Mutation(() => User, {
    description:
      'Меняет адрес электронной почты вошедшего. Учётной записи портала нужен пароль; вошедшим через Госуслуги — нет, ' +
      'но на прежний адрес уходит уведомление о смене.',
  })
  async changeMyEmail(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Ctx() { viewer, em }: Context,
  ): Promise<User> {
    const user = await em.findOne(User, requireUser(viewer).userId, { populate: ['passwordHash'] });
    if (!user) throw notFound('Учётная запись не найдена');
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

  @Mutation(() => Boolean, {
    description:
      'Меняет пароль учётной записи портала. Вошедшие через Госуслуги меняют пароль на Госуслугах.',
  })
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { viewer, em }: Context,
  ): Promise<boolean> {
    const user = await em.findOne(User, requireUser(viewer).userId, { populate: ['passwordHash'] });
    if (!user) throw notFound('Учётная запись не найдена');
    if (user.esiaOid !== null || !user.passwordHash) throw forbidden(ESIA_PASSWORD_ELSEWHERE);
    if (!(await verify(user.passwordHash, currentPassword)))
      throw badUserInput('currentPassword', WRONG_PASSWORD);
    if (newPassword.length < 8)
      throw badUserInput('newPassword', 'Новый пароль должен быть не короче 8 символов');
    if (newPassword === currentPassword)
      throw badUserInput('newPassword', 'Новый пароль совпадает с текущим: придумайте другой');
    user.passwordHash = await hash(newPassword);
    await em.flush();
    return true;
  }
}
