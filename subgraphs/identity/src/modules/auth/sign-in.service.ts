import { badUserInput, unauthenticated, type SubgraphContext } from '@czn/kernel';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import type { IdentityLoaders } from '../../loaders';
import type { Sessions } from '../session/sessions';
import { User } from '../user/user.entity';
import { subjectsOf, type SignInLimiter, type SignInLimits } from './sign-in-limiter';
import type { SignInResult } from './sign-in.types';

const WRONG_CREDENTIALS = 'Неверный логин или пароль. Проверьте раскладку и Caps Lock.';
const CITIZENS_USE_ESIA =
  'Граждане входят на портал через Госуслуги (ЕСИА): нажмите «Войти через Госуслуги».';

const REGION_TIME = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  hour: '2-digit',
  minute: '2-digit',
});
const REGION_DATE = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** «… Попробуйте снова после 14:35» on the region's clock (with the date when it is not today there). */
export function lockedMessage(until: Date, now: Date): string {
  // A lock ends within the minute shown: round up so that "after 14:35" is never too early.
  const shown = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  const day = REGION_DATE.format(shown) === REGION_DATE.format(now) ? '' : ` ${REGION_DATE.format(shown)}`;
  return `Слишком много неудачных попыток входа. Попробуйте снова после ${REGION_TIME.format(shown)}${day}.`;
}

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
 * citizens sign in only through ESIA, and a citizen's password gets a wrong password's answer.
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
    const subjects = subjectsOf(this.settings.limits, normalized, client.address);
    const lockedUntil = await this.settings.limiter.lockedUntil(em, subjects);
    if (lockedUntil) throw lockedError(lockedUntil, now);
    const user = await em.findOne(User, { login: normalized }, { populate: ['passwordHash'] });
    const matches = await verify(user?.passwordHash ?? (await decoy()), password);
    // In production a citizen's right password opens nothing and is answered as a wrong one, so that the
    // answer never confirms a citizen's password.
    const citizenOnly = user?.roles.every((role) => role === 'CITIZEN') ?? false;
    if (!user?.passwordHash || !matches || (this.settings.production && citizenOnly)) {
      const locked = await this.settings.limiter.recordFailure(em, subjects);
      throw locked ? lockedError(locked, now) : unauthenticated(this.wrongCredentials);
    }
    await this.settings.limiter.reset(em, subjects[0]!);
    const started = await this.sessions.start(context, user);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user };
  }
}
