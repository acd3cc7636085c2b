import {
  badUserInput,
  conflict,
  forbidden,
  isUuid,
  notFound,
  requireStaff,
  type EntityManager,
  type Logger,
  type Role,
  type Viewer,
} from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import type { Mailer } from '../mail/mailer';
import { Organization } from '../organization/organization.entity';
import { registrationNumberProblems } from '../organization/registration-numbers';
import { User } from '../user/user.entity';
import {
  ACTIVATION_VALIDITY_DAYS,
  hashActivationCode,
  newActivationCode,
  normalizeActivationCode,
} from './activation-code';
import { ActivationCode } from './activation-code.entity';
import { activationEmail } from './activation-email';
import {
  ActivationCodeState,
  type ActivationCodeCheck,
  type ActivationInvitation,
  type EmployerActivationResult,
  type RegisterOrganizationInput,
} from './employer-activation.types';
import { loginProblem, normalizeLogin, passwordProblem } from './password-policy';

/** Who registers employers and resends their codes: the people an employer meets at the job centre. */
export const EMPLOYER_REGISTRATION_ROLES: readonly Role[] = [
  'REGISTRAR',
  'EMPLOYER_RELATIONS_SPECIALIST',
  'ADMIN',
];

export function requireEmployerRegistrar(viewer: Viewer) {
  const staff = requireStaff(viewer);
  if (!staff.roles.some((role) => EMPLOYER_REGISTRATION_ROLES.includes(role)))
    throw forbidden(
      'Регистрировать работодателей могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
    );
  return staff;
}

export const CODE_MESSAGES: Record<Exclude<ActivationCodeState, 'VALID'>, string> = {
  EXPIRED: 'Срок действия кода истёк. Попросите центр занятости отправить новый код.',
  USED: 'Этот код уже использован: кабинет активирован. Войдите с логином и паролем, которые вы создали.',
  REPLACED:
    'Этот код заменён новым. Откройте последнее письмо центра занятости с кодом активации и перейдите по ссылке из него.',
  UNKNOWN:
    'Такого кода нет. Проверьте, что он введён так же, как в письме (12 латинских букв и цифр, например ABCD-EFGH-JKMN).',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface EmployerActivationSettings {
  mailer: Mailer;
  /** web-employer's address; the e-mail links to <employerAppUrl>/activate?code=… */
  employerAppUrl: string;
}

/** Seed 002: staff register an employer and its representative, who activates the cabinet with a code. */
export class EmployerActivationService {
  constructor(private readonly settings: EmployerActivationSettings) {}

  async register(
    em: EntityManager,
    viewer: Viewer,
    input: RegisterOrganizationInput,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const staff = requireEmployerRegistrar(viewer);
    const name = input.name.trim();
    const shortName = input.shortName.trim();
    const inn = input.inn.replace(/\s/g, '');
    const kpp = input.kpp?.replace(/\s/g, '').toUpperCase() || null;
    const ogrn = input.ogrn.replace(/\s/g, '');
    const fullName = input.representativeFullName.trim().replace(/\s+/g, ' ');
    const email = input.representativeEmail.trim().toLowerCase();
    if (!name) throw badUserInput('name', 'Укажите полное наименование организации, как в ЕГРЮЛ');
    if (!shortName)
      throw badUserInput('shortName', 'Укажите сокращённое наименование, например ООО «Ромашка»');
    const [problem] = registrationNumberProblems({ inn, kpp, ogrn });
    if (problem) throw badUserInput(problem.field, problem.message);
    if (fullName.split(' ').length < 2)
      throw badUserInput(
        'representativeFullName',
        'Укажите фамилию, имя и отчество (если есть) представителя',
      );
    if (!EMAIL.test(email))
      throw badUserInput(
        'representativeEmail',
        'Укажите адрес электронной почты представителя, например ivanov@example.ru: туда уйдёт код активации',
      );
    const existing = await em.findOne(Organization, { inn, kpp });
    if (existing)
      throw conflict(
        `${existing.shortName} (ИНН ${inn}${kpp ? `, КПП ${kpp}` : ''}) уже зарегистрирована на портале: найдите её в списке организаций и при необходимости отправьте код повторно`,
      );

    const code = newActivationCode();
    const { organization, representative, activation } = await em.transactional(async (tx) => {
      const organization = tx.create(Organization, {
        name,
        shortName,
        inn,
        kpp,
        ogrn,
        createdAt: new Date(),
      });
      const representative = Object.assign(new User(), {
        fullName,
        email,
        roles: ['EMPLOYER'],
        organization,
      } satisfies Partial<User>);
      tx.persist(representative);
      const activation = this.newCode(tx, representative, code, staff.userId);
      return { organization, representative, activation };
    });
    const emailSent = await this.sendCode(em, representative, organization, code, activation.expiresAt, log);
    return { organization, representative, expiresAt: activation.expiresAt, emailSent };
  }

  async resend(
    em: EntityManager,
    viewer: Viewer,
    userId: string,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const staff = requireEmployerRegistrar(viewer);
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
    const code = newActivationCode();
    const activation = await em.transactional(async (tx) => {
      await tx.nativeUpdate(
        ActivationCode,
        { user: representative.id, usedAt: null, replacedAt: null },
        { replacedAt: new Date() },
      );
      return this.newCode(tx, tx.getReference(User, representative.id), code, staff.userId);
    });
    const organization = representative.organization;
    const emailSent = await this.sendCode(em, representative, organization, code, activation.expiresAt, log);
    return { organization, representative, expiresAt: activation.expiresAt, emailSent };
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
    const taken = () => badUserInput('login', `Логин «${login}» уже занят: придумайте другой`);
    if ((await em.count(User, { login })) > 0) throw taken();
    const passwordHash = await hash(password);
    try {
      await em.transactional(async (tx) => {
        const claimed = await tx.nativeUpdate(
          ActivationCode,
          { id: activation!.id, usedAt: null, replacedAt: null, expiresAt: { $gt: new Date() } },
          { usedAt: new Date() },
        );
        if (claimed !== 1) throw badUserInput('code', CODE_MESSAGES.USED);
        await tx.nativeUpdate(User, { id: activation!.user.id, login: null }, { login, passwordHash });
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw taken();
      throw error;
    }
    return { login, organizationName: activation!.user.organization?.shortName ?? '' };
  }

  private newCode(em: EntityManager, user: User, code: string, sentBy: string): ActivationCode {
    const now = new Date();
    return em.create(ActivationCode, {
      user,
      codeHash: hashActivationCode(code),
      sentBy,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ACTIVATION_VALIDITY_DAYS * DAY_MS),
      usedAt: null,
      replacedAt: null,
    });
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
          : activation.expiresAt.getTime() <= Date.now()
            ? ActivationCodeState.EXPIRED
            : ActivationCodeState.VALID;
    return { state, activation };
  }

  /** Sends after the code is committed; a failed send is logged and reported, and staff can resend. */
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
