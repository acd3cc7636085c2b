import { badUserInput, unauthenticated, type SubgraphContext } from '@czn/kernel';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import type { IdentityLoaders } from '../../loaders';
import type { Sessions } from '../session/sessions';
import { User } from '../user/user.entity';
import {
  addressSubject,
  loginFromAddress,
  tryAgainAfter,
  type SignInLimiter,
  type SignInLimits,
} from './sign-in-limiter';
import { UNLOCK_BY_EMAIL, type SignInUnlocks } from './sign-in-unlock';
import type { SignInResult } from './sign-in.types';

const WRONG_CREDENTIALS = 'Неверный логин или пароль. Проверьте раскладку и Caps Lock.';
const CITIZENS_USE_ESIA =
  'Граждане входят на портал через Госуслуги (ЕСИА): нажмите «Войти через Госуслуги».';

/** «… Попробуйте снова после 14:35» on the region's clock (with the date when it is not today there). */
export const lockedMessage = (until: Date, now: Date): string =>
  `Слишком много неудачных попыток входа. ${tryAgainAfter(until, now)}`;

/** A lock of the address is plain; a lock of the login from the address tells of the unlock link. */
const lockedError = (until: Date, now: Date, byEmail: boolean) =>
  new GraphQLError(`${lockedMessage(until, now)}${byEmail ? ` ${UNLOCK_BY_EMAIL}` : ''}`, {
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
  unlocks: SignInUnlocks;
  now?: () => Date;
}

/**
 * The password sign-in's rules: a locked address, or a login locked from this address, is refused before the
 * password is checked; an unknown login costs as much as a wrong password; each failure counts towards both
 * locks, and the owner of a login locked from an address is mailed a link that lifts it; in production
 * a citizen's password opens nothing and gets a wrong password's answer, so that it never confirms one.
 */
export class SignInService {
  constructor(
    private readonly sessions: Sessions,
    private readonly settings: SignInSettings,
  ) {}

  /** In production every refused password says where citizens sign in. */
  private get wrongCredentials(): string {
    return this.settings.production ? `${WRONG_CREDENTIALS} ${CITIZENS_USE_ESIA}` : WRONG_CREDENTIALS;
  }

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
    const { limiter } = this.settings;
    const pair = loginFromAddress(this.settings.limits, normalized, client.address);
    const address = addressSubject(this.settings.limits, client.address);
    const addressLocked = address ? await limiter.lockedUntil(em, [address]) : null;
    if (addressLocked) throw lockedError(addressLocked, now, false);
    const pairLocked = await limiter.lockedUntil(em, [pair]);
    if (pairLocked) throw lockedError(pairLocked, now, true);
    const user = await em.findOne(User, { login: normalized }, { populate: ['passwordHash'] });
    const matches = await verify(user?.passwordHash ?? (await decoy()), password);
    const citizenOnly = user?.roles.every((role) => role === 'CITIZEN') ?? false;
    if (!user?.passwordHash || !matches || (this.settings.production && citizenOnly)) {
      const lockedNow = await limiter.recordFailure(em, [pair]);
      const addressLockedNow = address ? await limiter.recordFailure(em, [address]) : null;
      if (lockedNow && user)
        await this.settings.unlocks.offer(em, user, pair, client.address, lockedNow, context.log);
      if (addressLockedNow) throw lockedError(addressLockedNow, now, false);
      throw lockedNow ? lockedError(lockedNow, now, true) : unauthenticated(this.wrongCredentials);
    }
    await limiter.reset(em, pair);
    const started = await this.sessions.start(context, user);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user };
  }
}
