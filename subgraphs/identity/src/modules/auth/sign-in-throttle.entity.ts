import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-in attempts of one account or one address, for the PostgreSQL limiter (without Redis).
 * `key` is `login:<login>` or `address:<ip>`.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
