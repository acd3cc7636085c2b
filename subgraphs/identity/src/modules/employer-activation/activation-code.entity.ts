import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/**
 * A one-time code that activates an employer representative's cabinet. Only its SHA-256 is kept; the code
 * itself goes out in the activation e-mail. Valid 30 days; sending a new one replaces the previous.
 */
@Entity({ tableName: 'activation_code' })
export class ActivationCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text', unique: true })
  codeHash!: string;

  /** The staff member who registered the organisation or resent the code. */
  @Property({ type: 'uuid' })
  sentBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  /** Logins refused as taken with this code; at ACTIVATION_MAX_ATTEMPTS the code is spent. */
  @Property({ type: 'integer', default: 0 })
  failedAttempts: number = 0;

  /** When a newer code was sent to the same person. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  replacedAt: Date | null = null;
}
