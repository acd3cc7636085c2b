import { createHash } from 'node:crypto';
import { badUserInput, type EntityManager, type SubgraphContext } from '@czn/kernel';
import { GraphQLError } from 'graphql';
import type { IdentityLoaders } from '../../loaders';
import type { SignInResult } from '../auth/sign-in.types';
import { Organization } from '../organization/organization.entity';
import type { Sessions } from '../session/sessions';
import { User } from '../user/user.entity';
import {
  EsiaClient,
  EsiaNonceError,
  randomToken,
  type EsiaAudience,
  type EsiaOrganization,
} from './esia-client';
import type { EsiaProfile } from './esia-person';
import { auditEsiaUpdate, snapshotOf } from './esia-personal-data';
import { EsiaSignIn } from './esia-sign-in.entity';

/** How long the person has at ESIA, and how long the app has to exchange the one-time code. */
const ATTEMPT_TTL_MS = 10 * 60 * 1000;
const COMPLETION_TTL_MS = 2 * 60 * 1000;

export const ESIA_MESSAGES = {
  untrusted:
    'Учётная запись на Госуслугах не подтверждена. Подтвердите личность в Центре обслуживания или через онлайн-банк и войдите снова.',
  state:
    'Вход через Госуслуги не завершён: ответ Госуслуг не относится к этому входу. Нажмите «Войти через Госуслуги» ещё раз.',
  expired: 'Вход через Госуслуги занял слишком много времени. Нажмите «Войти через Госуслуги» ещё раз.',
  nonce:
    'Вход через Госуслуги не завершён: ответ Госуслуг не прошёл проверку. Нажмите «Войти через Госуслуги» ещё раз.',
  denied:
    'Вход через Госуслуги отменён. Чтобы войти, нажмите «Войти через Госуслуги» и завершите вход на Госуслугах.',
  failed: 'Госуслуги сейчас не отвечают или ответили ошибкой. Попробуйте войти через несколько минут.',
  notRepresentative:
    'Ваша организация не подключена к порталу или вы не указаны её представителем. Обратитесь в центр занятости: сотрудник зарегистрирует организацию и пришлёт код активации кабинета.',
  linkedToCitizen:
    'Эта учётная запись Госуслуг связана с кабинетом гражданина. В кабинет работодателя войдите по логину и паролю портала.',
  notCitizen: 'Эта учётная запись портала не относится к кабинету гражданина. Обратитесь в центр занятости.',
  completionExpired:
    'Код входа через Госуслуги недействителен или уже использован. Нажмите «Войти через Госуслуги» ещё раз.',
} as const;

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

type Outcome = { userId: string } | { error: string; errorCode: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** The rules of signing in through ESIA, behind the HTTP routes and the completeEsiaSignIn mutation. */
export class EsiaSignIns {
  constructor(
    readonly client: EsiaClient,
    private readonly sessions: Sessions,
  ) {}

  /** Starts a sign-in: keeps state and nonce; returns the attempt id (for the cookie) and ESIA's address. */
  async start(
    em: EntityManager,
    redirectUri: string,
    audience: EsiaAudience = 'citizen',
  ): Promise<{ attemptId: string; location: string }> {
    const attempt = em.create(EsiaSignIn, {
      state: randomToken(),
      nonce: randomToken(),
      redirectUri,
      audience,
      createdAt: new Date(),
    });
    await em.flush();
    const location = await this.client.authorizationUrl(attempt);
    return { attemptId: attempt.id, location };
  }

  /**
   * ESIA sent the browser back. Checks state against the attempt the browser started, exchanges the code,
   * checks the nonce, refuses unconfirmed accounts, creates or updates the user. Returns a one-time code
   * for the app, whatever the outcome: completeEsiaSignIn then signs in or says why not.
   */
  async finish(
    em: EntityManager,
    attemptId: string | null,
    query: { code?: string; state?: string; error?: string },
  ): Promise<string> {
    const attempt =
      attemptId && /^[0-9a-f-]{36}$/.test(attemptId) ? await em.findOne(EsiaSignIn, attemptId) : null;
    const outcome = await this.outcome(em, attempt, query);
    const code = randomToken();
    const finished =
      attempt && !attempt.completedAt
        ? attempt
        : em.create(EsiaSignIn, { state: '', nonce: '', redirectUri: '', createdAt: new Date() });
    finished.completionCodeHash = hashCode(code);
    finished.completedAt = new Date();
    if ('userId' in outcome) finished.userId = outcome.userId;
    else {
      finished.error = outcome.error;
      finished.errorCode = outcome.errorCode;
    }
    await em.flush();
    return code;
  }

  /**
   * The app exchanges the one-time code of `finish` for a session, once and within two minutes; a refused
   * sign-in answers here with its reason.
   */
  async complete(context: SubgraphContext<IdentityLoaders>, code: string): Promise<SignInResult> {
    if (!code.trim()) throw badUserInput('code', ESIA_MESSAGES.completionExpired);
    const { em } = context;
    // One use only: the row is claimed by the update that sets consumed_at.
    const claimed = await em.getConnection().execute<Array<{ id: string }>>(
      `update identity.esia_sign_in set consumed_at = now()
       where completion_code_hash = ? and consumed_at is null and completed_at > ?
       returning id`,
      [hashCode(code.trim()), new Date(Date.now() - COMPLETION_TTL_MS)],
    );
    const id = claimed[0]?.id;
    if (!id)
      throw new GraphQLError(ESIA_MESSAGES.completionExpired, { extensions: { code: 'UNAUTHENTICATED' } });
    const attempt = await em.findOneOrFail(EsiaSignIn, id);
    if (attempt.error || !attempt.userId)
      throw new GraphQLError(attempt.error ?? ESIA_MESSAGES.completionExpired, {
        extensions: { code: attempt.errorCode ?? 'UNAUTHENTICATED' },
      });
    const user = await em.findOneOrFail(User, attempt.userId);
    const started = await this.sessions.start(context, user);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user };
  }

  private async outcome(
    em: EntityManager,
    attempt: EsiaSignIn | null,
    { code, state, error }: { code?: string; state?: string; error?: string },
  ): Promise<Outcome> {
    const refuse = (message: string, errorCode: 'UNAUTHENTICATED' | 'FORBIDDEN' = 'UNAUTHENTICATED') => ({
      error: message,
      errorCode,
    });
    if (!attempt || attempt.completedAt || !state || attempt.state !== state)
      return refuse(ESIA_MESSAGES.state);
    if (attempt.createdAt.getTime() + ATTEMPT_TTL_MS < Date.now()) return refuse(ESIA_MESSAGES.expired);
    if (error || !code) return refuse(ESIA_MESSAGES.denied);
    const employer = attempt.audience === 'employer';
    let profile: EsiaProfile;
    let organizations: EsiaOrganization[] = [];
    try {
      const tokens = await this.client.exchange(code, attempt.redirectUri, attempt.nonce, attempt.audience);
      profile = await this.client.person(tokens);
      if (employer) organizations = await this.client.organizations(tokens);
    } catch (failure) {
      return refuse(failure instanceof EsiaNonceError ? ESIA_MESSAGES.nonce : ESIA_MESSAGES.failed);
    }
    if (!profile.trusted) return refuse(ESIA_MESSAGES.untrusted, 'FORBIDDEN');
    if (employer) {
      const representative = await linkRepresentative(em, profile, organizations, attempt.id);
      return 'error' in representative
        ? refuse(representative.error, 'FORBIDDEN')
        : { userId: representative.id };
    }
    const user = await linkUser(em, profile, attempt.id);
    if (!user.roles.includes('CITIZEN')) return refuse(ESIA_MESSAGES.notCitizen, 'FORBIDDEN');
    return { userId: user.id };
  }
}

/** The first sign-in creates the citizen, linked by oid; later ones bring the profile up to date. */
async function linkUser(em: EntityManager, profile: EsiaProfile, attemptId: string): Promise<User> {
  const { oid, phone, email, ...personal } = profile;
  let user = await em.findOne(User, { esiaOid: oid });
  const before = snapshotOf(user);
  if (!user) {
    user = em.create(User, {
      esiaOid: oid,
      roles: ['CITIZEN'],
      login: null,
      passwordHash: null,
      jobCenterId: null,
      organization: null,
      phone: null,
      email: null,
      createdAt: new Date(),
      ...personal,
    });
  }
  em.assign(user, personal);
  // Contacts the person changed on the portal stay theirs; ESIA fills only what is empty.
  user.phone ??= phone;
  user.email ??= email;
  await auditEsiaUpdate(em, user, before, attemptId);
  return user;
}

const sameName = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ') ===
  b.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/**
 * An employer's representative: the account already linked by oid, or — the first time — the one
 * representative of an organisation the person acts for at ESIA (matched by OGRN) with the person's name.
 */
async function linkRepresentative(
  em: EntityManager,
  profile: EsiaProfile,
  organizations: EsiaOrganization[],
  attemptId: string,
): Promise<User | { error: string }> {
  const { oid, phone, email, ...personal } = profile;
  let user = await em.findOne(User, { esiaOid: oid });
  if (user && !user.roles.includes('EMPLOYER')) return { error: ESIA_MESSAGES.linkedToCitizen };
  if (!user) {
    const ogrns = organizations.map((org) => org.ogrn).filter((ogrn): ogrn is string => Boolean(ogrn));
    const known = ogrns.length ? await em.find(Organization, { ogrn: { $in: ogrns } }) : [];
    const candidates = known.length
      ? await em.find(User, { organization: { $in: known.map((org) => org.id) }, esiaOid: null })
      : [];
    const matches = candidates.filter(
      (candidate) => candidate.roles.includes('EMPLOYER') && sameName(candidate.fullName, profile.fullName),
    );
    if (matches.length !== 1) return { error: ESIA_MESSAGES.notRepresentative };
    user = matches[0]!;
    user.esiaOid = oid;
  }
  const before = snapshotOf(user);
  em.assign(user, personal);
  user.phone ??= phone;
  user.email ??= email;
  await auditEsiaUpdate(em, user, before, attemptId);
  return user;
}
