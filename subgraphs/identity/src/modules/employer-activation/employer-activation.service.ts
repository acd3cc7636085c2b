import {
  badUserInput,
  conflict,
  isUuid,
  notFound,
  type EntityManager,
  type Logger,
  type Viewer,
} from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import type { Mailer } from '../mail/mailer';
import type { Organization } from '../organization/organization.entity';
import { loginProblem, normalizeLogin, passwordProblem } from '../user/password-policy';
import { User } from '../user/user.entity';
import {
  ACTIVATION_MAX_ATTEMPTS,
  ACTIVATION_VALIDITY_DAYS,
  hashActivationCode,
  newActivationCode,
  normalizeActivationCode,
} from './activation-code';
import { ActivationCode } from './activation-code.entity';
import { activationEmail } from './activation-email';
import { requireActivationSender } from './employer-activation.access';
import { AccountActivationState, ActivationCodeState } from './employer-activation.enums';
import type {
  AccountActivation,
  ActivationCodeCheck,
  ActivationInvitation,
  EmployerActivationResult,
} from './employer-activation.types';

export const CODE_MESSAGES: Record<Exclude<ActivationCodeState, 'VALID'>, string> = {
  EXPIRED: 'Срок действия кода истёк. Попросите центр занятости отправить новый код.',
  USED: 'Этот код уже использован: кабинет активирован. Войдите с логином и паролем, которые вы создали.',
  REPLACED:
    'Этот код заменён новым. Откройте последнее письмо центра занятости с кодом активации и перейдите по ссылке из него.',
  EXHAUSTED:
    'С этим кодом слишком много раз предложен занятый логин, и он больше не действует. Попросите центр занятости отправить новый код.',
  UNKNOWN:
    'Такого кода нет. Проверьте, что он введён так же, как в письме (12 латинских букв и цифр, например ABCD-EFGH-JKMN).',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A code just issued: the code itself (only its hash is stored) and when it stops working. */
export interface IssuedCode {
  code: string;
  expiresAt: Date;
}

export interface EmployerActivationSettings {
  mailer: Mailer;
  /** web-employer's address; the e-mail links to <employerAppUrl>/activate?code=… */
  employerAppUrl: string;
}

/** How far a representative got: activated once a login exists, else by their latest code; null if never sent. */
export function accountActivation(user: User, code: ActivationCode | null): AccountActivation | null {
  if (!code && !user.login) return null;
  const state = user.login
    ? AccountActivationState.ACTIVATED
    : code!.expiresAt.getTime() <= Date.now() || code!.failedAttempts >= ACTIVATION_MAX_ATTEMPTS
      ? AccountActivationState.EXPIRED
      : AccountActivationState.PENDING;
  return { state, sentAt: code?.createdAt ?? null, expiresAt: code?.expiresAt ?? null };
}

/** Seed 002: a representative registered by staff activates the cabinet with a code sent by e-mail. */
export class EmployerActivationService {
  constructor(private readonly settings: EmployerActivationSettings) {}

  /**
   * A new code for the representative in the caller's transaction; a code sent earlier and not used stops
   * working. The code itself is returned to be mailed once the transaction commits.
   */
  async issueCode(tx: EntityManager, representative: User, sentBy: string): Promise<IssuedCode> {
    await tx.nativeUpdate(
      ActivationCode,
      { user: representative.id, usedAt: null, replacedAt: null },
      { replacedAt: new Date() },
    );
    const code = newActivationCode();
    const now = new Date();
    const activation = tx.create(ActivationCode, {
      user: representative,
      codeHash: hashActivationCode(code),
      sentBy,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ACTIVATION_VALIDITY_DAYS * DAY_MS),
      usedAt: null,
      replacedAt: null,
      failedAttempts: 0,
    });
    return { code, expiresAt: activation.expiresAt };
  }

  /** Mails a committed code; a failed send is logged and reported, and staff can resend. */
  async invite(
    em: EntityManager,
    representative: User,
    organization: Organization,
    { code, expiresAt }: IssuedCode,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const emailSent = await this.sendCode(em, representative, organization, code, expiresAt, log);
    return { organization, representative, expiresAt, emailSent };
  }

  async resend(
    em: EntityManager,
    viewer: Viewer,
    userId: string,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const staff = requireActivationSender(viewer);
    const representative = isUuid(userId)
      ? await em.findOne(User, { id: userId }, { populate: ['organization'] })
      : null;
    if (!representative || !representative.roles.includes('EMPLOYER') || !representative.organization)
      throw notFound('Представитель работодателя не найден: обновите список организаций');
    if (representative.login)
      throw conflict(
        `Кабинет уже активирован: ${representative.fullName} входит с логином «${representative.login}». Новый код не нужен.`,
      );
    if (!representative.email)
      throw badUserInput('userId', 'У представителя не указана электронная почта: код некуда отправить');
    const issued = await em.transactional((tx) =>
      this.issueCode(tx, tx.getReference(User, representative.id), staff.userId),
    );
    return this.invite(em, representative, representative.organization, issued, log);
  }

  async check(em: EntityManager, code: string): Promise<ActivationCodeCheck> {
    const { state, activation } = await this.find(em, code);
    const valid = state === ActivationCodeState.VALID;
    return {
      state,
      message: valid ? null : CODE_MESSAGES[state],
      organizationName: valid ? (activation!.user.organization?.shortName ?? null) : null,
      fullName: valid ? activation!.user.fullName : null,
      expiresAt: valid ? activation!.expiresAt : null,
    };
  }

  async activate(
    em: EntityManager,
    code: string,
    rawLogin: string,
    password: string,
  ): Promise<EmployerActivationResult> {
    const { state, activation } = await this.find(em, code);
    if (state !== ActivationCodeState.VALID) throw badUserInput('code', CODE_MESSAGES[state]);
    const login = normalizeLogin(rawLogin);
    const loginMessage = loginProblem(login);
    if (loginMessage) throw badUserInput('login', loginMessage);
    const passwordMessage = passwordProblem(password, login);
    if (passwordMessage) throw badUserInput('password', passwordMessage);
    if ((await em.count(User, { login })) > 0) throw await this.loginTaken(em, activation!, login);
    const passwordHash = await hash(password);
    try {
      await em.transactional(async (tx) => {
        const claimed = await tx.nativeUpdate(
          ActivationCode,
          {
            id: activation!.id,
            usedAt: null,
            replacedAt: null,
            expiresAt: { $gt: new Date() },
            failedAttempts: { $lt: ACTIVATION_MAX_ATTEMPTS },
          },
          { usedAt: new Date() },
        );
        if (claimed !== 1) throw badUserInput('code', CODE_MESSAGES.USED);
        await tx.nativeUpdate(User, { id: activation!.user.id, login: null }, { login, passwordHash });
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw await this.loginTaken(em, activation!, login);
      throw error;
    }
    return { login, organizationName: activation!.user.organization?.shortName ?? '' };
  }

  /** A taken login costs the code one of its attempts; the last one spends the code. */
  private async loginTaken(em: EntityManager, activation: ActivationCode, login: string) {
    const [row] = await em
      .getConnection()
      .execute<Array<{ failed_attempts: number }>>(
        'update identity.activation_code set failed_attempts = failed_attempts + 1 where id = ? and failed_attempts < ? returning failed_attempts',
        [activation.id, ACTIVATION_MAX_ATTEMPTS],
      );
    // Attempts made at once are counted one by one: no more than the limit learn that a login is taken.
    const left = ACTIVATION_MAX_ATTEMPTS - (row?.failed_attempts ?? ACTIVATION_MAX_ATTEMPTS);
    if (left <= 0) return badUserInput('code', CODE_MESSAGES.EXHAUSTED);
    return badUserInput(
      'login',
      `Логин «${login}» уже занят: придумайте другой. С этим кодом можно попробовать ещё ${left} ${left === 1 ? 'раз' : 'раза'}.`,
    );
  }

  private async find(em: EntityManager, code: string) {
    const normalized = normalizeActivationCode(code);
    const activation = normalized
      ? await em.findOne(
          ActivationCode,
          { codeHash: hashActivationCode(normalized) },
          { populate: ['user', 'user.organization'] },
        )
      : null;
    const state = !activation
      ? ActivationCodeState.UNKNOWN
      : activation.usedAt || activation.user.login
        ? ActivationCodeState.USED
        : activation.replacedAt
          ? ActivationCodeState.REPLACED
          : activation.failedAttempts >= ACTIVATION_MAX_ATTEMPTS
            ? ActivationCodeState.EXHAUSTED
            : activation.expiresAt.getTime() <= Date.now()
              ? ActivationCodeState.EXPIRED
              : ActivationCodeState.VALID;
    return { state, activation };
  }

  private async sendCode(
    em: EntityManager,
    representative: User,
    organization: Organization,
    code: string,
    expiresAt: Date,
    log: Logger,
  ): Promise<boolean> {
    try {
      await this.settings.mailer.send(
        em,
        activationEmail({
          to: representative.email!,
          fullName: representative.fullName,
          organizationName: organization.shortName,
          inn: organization.inn,
          code,
          expiresAt,
          employerAppUrl: this.settings.employerAppUrl,
        }),
      );
      return true;
    } catch (error) {
      log.error({ err: error, userId: representative.id }, 'activation e-mail not sent');
      return false;
    }
  }
}
