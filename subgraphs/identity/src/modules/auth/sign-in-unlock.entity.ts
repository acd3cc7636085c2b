import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/**
 * A link mailed to a person whose sign-in from one address was locked: it lifts that lock. Only the token's
 * SHA-256 is kept; it works once, until the lock would have ended anyway.
 */
@Entity({ tableName: 'sign_in_unlock' })
export class SignInUnlock {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  /** The limiter's subject the link unlocks: `login:<login>|address:<ip>`. */
  @Property({ type: 'text' })
  subjectKey!: string;

  /** The address the failed attempts came from, told in the e-mail. */
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
