import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * One sign-in through ESIA: started (state and nonce kept here, the browser holds the id in a cookie),
 * then finished by the callback with a user or a refusal, handed to the citizen app under a one-time code.
 */
@Entity({ tableName: 'esia_sign_in' })
@Index({ properties: ['createdAt'] })
export class EsiaSignIn {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'text' })
  nonce!: string;

  @Property({ type: 'text' })
  redirectUri!: string;

  /** `citizen` or `employer`: which cabinet the person signs in to. */
  @Property({ type: 'text', default: 'citizen' })
  audience: Opt<string> = 'citizen';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** SHA-256 of the one-time code the app exchanges in completeEsiaSignIn; set by the callback. */
  @Property({ type: 'text', nullable: true, unique: true })
  completionCodeHash: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  /** The attempt the browser's cookie named when ESIA sent it back: only that browser may exchange the code. */
  @Property({ type: 'uuid', nullable: true })
  browserAttemptId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  /** Why the sign-in was refused, in Russian, with its GraphQL error code. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'text', nullable: true })
  errorCode: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  consumedAt: Date | null = null;
}
