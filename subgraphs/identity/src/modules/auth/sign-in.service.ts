import { badUserInput, unauthenticated, type SubgraphContext } from '@czn/kernel';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import type { IdentityLoaders } from '../../loaders';
import type { Sessions } from '../session/sessions';
import { User } from '../user/user.entity';
import { subjectsOf, tryAgainAfter, type SignInLimiter, type SignInLimits } from './sign-in-limiter';
import type { SignInResult } from './sign-in.types';

const WRONG_CREDENTIALS = 'Неверный логин или пароль. Проверьте раскладку и Caps Lock.';
const CITIZENS_USE_ESIA =
  'Граждане входят на портал через Госуслуги (ЕСИА): нажмите «Войти через Госуслуги».';

/** «… Попробуйте снова после 14:35» on the region's clock (with the date when it is not today there). */
export const lockedMessage = (until: Date, now: Date): string =>
  `Слишком много неудачных попыток входа. ${tryAgainAfter(until, now)}`;

const lockedError = (until: Date, now: Date) =>
  new GraphQLError(lockedMessage(until, now), {
    extensions: { code: 'UNAUTHENTICATED', retryAfter: until.toISOString() },
  });

/** A hash to verify against when the login is unknown, so that answering takes as long as for a wrong password. */
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hash('not a password of anyone'));

export interface SignInSettings {
  /** In production citizens sign in only through ESIA; the password sign-in is for portal accounts. */
  production: boolean;
  limiter: SignInLimiter;
  limits: SignInLimits;
  now?: () => Date;
}

/**
 * The password sign-in's rules: a locked login or address is refused before the password is checked; an
 * unknown login costs as much as a wrong password; each failure counts towards the lock; in production
 * citizens are sent to ESIA.
 */
export class SignInService {
  constructor(
    private readonly sessions: Sessions,
    private readonly settings: SignInSettings,
  ) {}

  async signIn(
    context: SubgraphContext<IdentityLoaders>,
    login: string,
    password: string,
  ): Promise<SignInResult> {
    if (!login.trim()) throw badUserInput('login', 'Введите логин');
    if (!password) throw badUserInput('password', 'Введите пароль');
    const { em, client } = context;
    const normalized = login.trim().toLowerCase();
    const now = this.settings.now?.() ?? new Date();
    const subjects = subjectsOf(this.settings.limits, normalized, client.address);
    const lockedUntil = await this.settings.limiter.lockedUntil(em, subjects);
    if (lockedUntil) throw lockedError(lockedUntil, now);
    const user = await em.findOne(User, { login: normalized }, { populate: ['passwordHash'] });
    const matches = await verify(user?.passwordHash ?? (await decoy()), password);
    if (!user?.passwordHash || !matches) {
      const locked = await this.settings.limiter.recordFailure(em, subjects);
      throw locked ? lockedError(locked, now) : unauthenticated(WRONG_CREDENTIALS);
    }
    await this.settings.limiter.reset(em, subjects[0]!);
    if (this.settings.production && user.roles.every((role) => role === 'CITIZEN'))
      throw unauthenticated(CITIZENS_USE_ESIA);
    const started = await this.sessions.start(context, user);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user };
  }
}
