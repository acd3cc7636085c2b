import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';

/**
 * One sign-in on one device: the family of refresh tokens that followed each other from that sign-in.
 * Revoking the session ends every token of the family; access tokens already issued run out by their TTL.
 */
@ObjectType({ description: 'Сеанс входа на одном устройстве' })
@Entity({ tableName: 'session' })
@Index({ properties: ['user', 'revokedAt'] })
export class Session {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field(() => GraphQLISODateTime, { description: 'Когда выполнен вход' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { description: 'Когда сеанс последний раз продлевался' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastUsedAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { description: 'Когда сеанс закончится, если его не продлевать' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** See RevokedReason in sessions.ts. */
  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Адрес, с которого выполнен вход' })
  @Property({ type: 'text', nullable: true })
  ipAddress: string | null = null;

  /** The address the gateway's connection came from at sign-in: a trusted proxy's, or the same as ipAddress. */
  @Property({ type: 'text', nullable: true })
  peerAddress: string | null = null;

  @Field(() => String, { nullable: true, description: 'Браузер (User-Agent) при входе' })
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
}

/** One refresh token of a session; only its SHA-256 is stored. A token is used once, then rotated. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => Session, { deleteRule: 'cascade', index: true })
  session!: Session;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** When it was exchanged for the next token; presenting it again after that is reuse. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  rotatedAt: Date | null = null;
}
