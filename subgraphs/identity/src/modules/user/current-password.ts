import { badUserInput, type EntityManager } from '@czn/kernel';
import { verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import { tryAgainAfter, type SignInLimiter, type SignInLimits, type Subject } from '../auth/sign-in-limiter';
import type { User } from './user.entity';

const WRONG_PASSWORD = 'Неверный текущий пароль. Проверьте раскладку и Caps Lock.';

const lockedError = (field: string, until: Date, now: Date) =>
  new GraphQLError(`Слишком много неверных попыток ввести текущий пароль. ${tryAgainAfter(until, now)}`, {
    extensions: { code: 'BAD_USER_INPUT', field, retryAfter: until.toISOString() },
  });

/**
 * The current password that confirms a change in «Настройки». Wrong attempts count like failed sign-ins
 * (the same limiter and limits, a counter of their own per account), so that a session left open is no
 * way to guess the password.
 */
export class CurrentPasswordCheck {
  constructor(
    private readonly limiter: SignInLimiter,
    private readonly limits: SignInLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Refuses a wrong or locked attempt as an input error of `field`. */
  async confirm(em: EntityManager, user: User, password: string, field: string): Promise<void> {
    const subject: Subject = {
      key: `current-password:${user.id}`,
      maxFailures: this.limits.maxFailuresPerAccount,
    };
    const now = this.now();
    const lockedUntil = await this.limiter.lockedUntil(em, [subject]);
    if (lockedUntil) throw lockedError(field, lockedUntil, now);
    if (!user.passwordHash || !(await verify(user.passwordHash, password))) {
      const locked = await this.limiter.recordFailure(em, [subject]);
      throw locked ? lockedError(field, locked, now) : badUserInput(field, WRONG_PASSWORD);
    }
    await this.limiter.reset(em, subject);
  }
}
