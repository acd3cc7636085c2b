import { createHash } from 'node:crypto';
import { badUserInput, isUuid, type EntityManager, type SubgraphContext } from '@czn/kernel';
import { GraphQLError } from 'graphql';
import type { IdentityLoaders } from '../../loaders';
import type { SignInLimiter, SignInLimits } from '../auth/sign-in-limiter';
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
import { auditEsiaUpdate, snapshotOf, type Client } from './esia-personal-data';
import { EsiaSignIn } from './esia-sign-in.entity';

/** How long the person has at ESIA, and how long the app has to exchange the one-time code. */
const ATTEMPT_TTL_MS = 10 * 60 * 1000;
const COMPLETION_TTL_MS = 2 * 60 * 1000;
/** After this an attempt is of no use to anyone: it is deleted. */
const ATTEMPT_KEPT_MS = ATTEMPT_TTL_MS + COMPLETION_TTL_MS;

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
  otherBrowser:
    'Вход через Госуслуги начат не в этом браузере. Если вы входили сами, начните вход заново в этом браузере: нажмите «Войти через Госуслуги». Если вы перешли по чужой ссылке, закройте её.',
  notConfigured: (setting: string) => `Вход через Госуслуги не настроен: задайте ${setting} (см. README).`,
} as const;

const REGION_TIME = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  hour: '2-digit',
  minute: '2-digit',
});

/** Too many sign-ins through Gosuslugi from one address; says when to try again, on the region's clock. */
const tooManyAttempts = (until: Date) =>
  new GraphQLError(
    `Слишком много попыток входа через Госуслуги с вашего адреса. Попробуйте снова после ${REGION_TIME.format(new Date(Math.ceil(until.getTime() / 60_000) * 60_000))}.`,
    { extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: until.toISOString() } },
  );

export interface EsiaAttemptLimits {
  limiter: SignInLimiter;
  /** The sign-in limiter's window and lock apply to ESIA attempts too. */
  limits: SignInLimits;
  /** Sign-ins through Gosuslugi one address may start or finish per window (each is a stored attempt). */
  attemptsPerAddress: number;
}

export const DEFAULT_ESIA_ATTEMPTS_PER_ADDRESS = 60;

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

type Outcome = { userId: string } | { error: string; errorCode: 'UNAUTHENTICATED' | 'FORBIDDEN' };

type Context = SubgraphContext<IdentityLoaders>;

/** The attempt id of the browser's cookie, if it looks like one. */
const attemptIdOf = (cookie: string | null) => (cookie && isUuid(cookie) ? cookie : null);

/** The rules of signing in through ESIA, behind the HTTP routes and the completeEsiaSignIn mutation. */
export class EsiaSignIns {
  constructor(
    readonly client: EsiaClient,
    private readonly sessions: Sessions,
    private readonly attempts: EsiaAttemptLimits,
    private readonly production: boolean,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Each start and each return from ESIA stores an attempt: one address may make only so many per window. */
  private async countAttempt({ em, client }: Context): Promise<void> {
    if (!client.address) return;
    const subject = [{ key: `esia:${client.address}`, maxFailures: this.attempts.attemptsPerAddress }];
    const { limiter } = this.attempts;
    const locked = await limiter.lockedUntil(em, subject);
    if (locked) throw tooManyAttempts(locked);
    await limiter.recordFailure(em, subject);
  }

  /**
   * Starts a sign-in: keeps state and nonce; returns the attempt id (the browser keeps it in a cookie) and
   * ESIA's address. `callbackUrl` is where ESIA returns the browser when none is configured (development).
   */
  async start(
    context: Context,
    audience: EsiaAudience,
    callbackUrl: string,
  ): Promise<{ attempt: string; location: string }> {
    const { settings } = this.client;
    const configured =
      (audience === 'employer' ? settings.employerRedirectUri : settings.redirectUri) ?? null;
    if (!configured && this.production)
      throw new GraphQLError(
        ESIA_MESSAGES.notConfigured(
          audience === 'employer' ? 'ESIA_EMPLOYER_REDIRECT_URI' : 'ESIA_REDIRECT_URI',
        ),
        { extensions: { code: 'SERVICE_UNAVAILABLE' } },
      );
    await this.countAttempt(context);
    const { em } = context;
    await em.nativeDelete(EsiaSignIn, {
      createdAt: { $lt: new Date(this.now().getTime() - ATTEMPT_KEPT_MS) },
    });
    const attempt = em.create(EsiaSignIn, {
      state: randomToken(),
      nonce: randomToken(),
      redirectUri: configured ?? callbackUrl,
      audience,
      createdAt: this.now(),
    });
    await em.flush();
    const location = await this.client.authorizationUrl(attempt);
    return { attempt: attempt.id, location };
  }

  /**
   * ESIA sent the browser back. Checks state against the attempt the browser started, exchanges the code,
   * checks the nonce, refuses unconfirmed accounts, creates or updates the user. Returns a one-time code
   * for the app, whatever the outcome: completeEsiaSignIn then signs in or says why not.
   */
  async finish(
    context: Context,
    cookie: string | null,
    query: { code?: string | null; state?: string | null; error?: string | null },
  ): Promise<string> {
    await this.countAttempt(context);
    const { em } = context;
    const attemptId = attemptIdOf(cookie);
    const attempt = attemptId ? await em.findOne(EsiaSignIn, attemptId) : null;
    const outcome = await this.outcome(em, context.client, attempt, query);
    const code = randomToken();
    const finished =
      attempt && !attempt.completedAt
        ? attempt
        : em.create(EsiaSignIn, { state: '', nonce: '', redirectUri: '', createdAt: this.now() });
    finished.completionCodeHash = hashCode(code);
    finished.completedAt = this.now();
    finished.browserAttemptId = attemptId;
    if ('userId' in outcome) finished.userId = outcome.userId;
    else {
      finished.error = outcome.error;
      finished.errorCode = outcome.errorCode;
    }
    await em.flush();
    return code;
  }

  /**
   * The app exchanges the one-time code of `finish` for a session, once, within two minutes and only in the
   * browser that started the sign-in (its cookie's attempt): a code sent to someone else signs no one in.
   * A refused sign-in answers here with its reason.
   */
  async complete(context: Context, code: string, cookie: string | null): Promise<SignInResult> {
    if (!code.trim()) throw badUserInput('code', ESIA_MESSAGES.completionExpired);
    const { em } = context;
    const codeHash = hashCode(code.trim());
    const attemptId = attemptIdOf(cookie);
    const issuedAfter = new Date(this.now().getTime() - COMPLETION_TTL_MS);
    // One use only: the row is claimed by the update that sets consumed_at.
    const claimed = attemptId
      ? await em.getConnection().execute<Array<{ id: string }>>(
          `update identity.esia_sign_in set consumed_at = now()
           where completion_code_hash = ? and browser_attempt_id = ? and consumed_at is null and completed_at > ?
           returning id`,
          [codeHash, attemptId, issuedAfter],
        )
      : [];
    const id = claimed[0]?.id;
    if (!id) {
      const elsewhere = await em.count(EsiaSignIn, {
        completionCodeHash: codeHash,
        consumedAt: null,
        completedAt: { $gt: issuedAfter },
      });
      throw new GraphQLError(elsewhere ? ESIA_MESSAGES.otherBrowser : ESIA_MESSAGES.completionExpired, {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
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
    client: Client,
    attempt: EsiaSignIn | null,
    { code, state, error }: { code?: string | null; state?: string | null; error?: string | null },
  ): Promise<Outcome> {
    const refuse = (message: string, errorCode: 'UNAUTHENTICATED' | 'FORBIDDEN' = 'UNAUTHENTICATED') => ({
      error: message,
      errorCode,
    });
    if (!attempt || attempt.completedAt || !state || attempt.state !== state)
      return refuse(ESIA_MESSAGES.state);
    if (attempt.createdAt.getTime() + ATTEMPT_TTL_MS < this.now().getTime())
      return refuse(ESIA_MESSAGES.expired);
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
      const representative = await linkRepresentative(em, profile, organizations, attempt.id, client);
      return 'error' in representative
        ? refuse(representative.error, 'FORBIDDEN')
        : { userId: representative.id };
    }
    const user = await linkUser(em, profile, attempt.id, client);
    if (!user.roles.includes('CITIZEN')) return refuse(ESIA_MESSAGES.notCitizen, 'FORBIDDEN');
    return { userId: user.id };
  }
}

/** The first sign-in creates the citizen, linked by oid; later ones bring the profile up to date. */
async function linkUser(
  em: EntityManager,
  profile: EsiaProfile,
  attemptId: string,
  client: Client,
): Promise<User> {
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
  await auditEsiaUpdate(em, user, before, attemptId, client);
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
  client: Client,
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
  await auditEsiaUpdate(em, user, before, attemptId, client);
  return user;
}
