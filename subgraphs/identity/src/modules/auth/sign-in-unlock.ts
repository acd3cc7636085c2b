import { createHash, randomBytes } from 'node:crypto';
import { badUserInput, STAFF_ROLES, type EntityManager, type Logger, type Role } from '@czn/kernel';
import type { Mailer, MailMessage } from '../mail/mailer';
import type { User } from '../user/user.entity';
import { tryAgainAfter, type SignInLimiter, type SignInLimits, type Subject } from './sign-in-limiter';
import { SignInUnlock } from './sign-in-unlock.entity';

/** Said with every lock of a login from an address, whether or not the login exists or has an e-mail. */
export const UNLOCK_BY_EMAIL =
  'Если к учётной записи привязана электронная почта, мы отправили на неё ссылку, которая снимает блокировку.';

export const UNLOCK_LINK_INVALID =
  'Ссылка для снятия блокировки не действует: она уже использована или блокировка закончилась. ' +
  'Войдите с логином и паролем; если вход снова закрыт, откройте ссылку из нового письма.';

/** At most this many unlock e-mails to one person within a lock period, however many addresses fail. */
const MAX_EMAILS_PER_LOCK_PERIOD = 3;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The web apps whose sign-in page takes `?unlock=<token>`. */
export interface UnlockLinks {
  employerAppUrl: string;
  staffAppUrl: string;
}

const isStaffOrPartner = (roles: Role[]) =>
  roles.some((role) => role === 'PARTNER' || (STAFF_ROLES as readonly Role[]).includes(role));

export function unlockEmail(
  user: User,
  address: string | null,
  url: string,
  until: Date,
  now: Date,
): MailMessage {
  return {
    to: user.email!,
    subject: 'Вход в личный кабинет временно закрыт',
    text:
      `Здравствуйте, ${user.fullName}!\n\n` +
      `С адреса ${address ?? 'неизвестного адреса'} несколько раз подряд не удалось войти с логином «${user.login}», ` +
      `и вход с этого адреса закрыт. ${tryAgainAfter(until, now)}\n\n` +
      `Если это были вы, откройте ссылку, и вход снова откроется: ${url}\n\n` +
      'Если это были не вы, ничего не делайте: с других адресов вход открыт. ' +
      'Если письма повторяются, сообщите администратору центра занятости.\n',
  };
}

/**
 * Unlocking a login locked from one address through the owner's e-mail: the lock of that login and address
 * only, so anyone can stop guessing but no one can keep the owner out.
 */
export class SignInUnlocks {
  constructor(
    private readonly mailer: Mailer,
    private readonly links: UnlockLinks,
    private readonly limiter: SignInLimiter,
    private readonly limits: SignInLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Mails the account's owner a link that lifts the lock of `subject` until `until`; quietly nothing if none can go. */
  async offer(
    em: EntityManager,
    user: User,
    subject: Subject,
    address: string | null,
    until: Date,
    log: Logger,
  ): Promise<void> {
    const app = user.roles.includes('EMPLOYER')
      ? this.links.employerAppUrl
      : isStaffOrPartner(user.roles)
        ? this.links.staffAppUrl
        : null;
    if (!app || !user.email || user.deactivatedAt) return;
    const now = this.now();
    const recent = await em.count(SignInUnlock, {
      user: user.id,
      createdAt: { $gt: new Date(now.getTime() - this.limits.lockSeconds * 1000) },
    });
    if (recent >= MAX_EMAILS_PER_LOCK_PERIOD) return;
    const token = randomBytes(32).toString('base64url');
    em.create(SignInUnlock, {
      tokenHash: digest(token),
      user,
      subjectKey: subject.key,
      address,
      createdAt: now,
      expiresAt: until,
    });
    await em.flush();
    const url = `${app}/signin?unlock=${encodeURIComponent(token)}`;
    try {
      await this.mailer.send(em, unlockEmail(user, address, url, until, now));
    } catch (error) {
      log.error({ err: error, userId: user.id }, 'sign-in unlock e-mail not sent');
    }
  }

  /** Lifts the lock the link was mailed for; the link works once. Returns what to tell the person. */
  async unlock(em: EntityManager, token: string): Promise<string> {
    const rows: Array<{ subject_key: string }> = await em
      .getConnection()
      .execute(
        'update identity.sign_in_unlock set used_at = ? where token_hash = ? and used_at is null and expires_at > ? returning subject_key',
        [this.now(), digest(token.trim()), this.now()],
      );
    const [claimed] = rows;
    if (!claimed) throw badUserInput('token', UNLOCK_LINK_INVALID);
    await this.limiter.reset(em, {
      key: claimed.subject_key,
      maxFailures: this.limits.maxFailuresPerAccount,
    });
    return 'Блокировка снята: войдите с логином и паролем.';
  }
}
