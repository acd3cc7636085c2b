import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { PartnerAgencyKind } from './partner-agency.enums';

/** A partner agency (seed 003): its users and API keys see only its own referrals in the routing subgraph. */
@ObjectType({ description: 'Ведомство-партнёр' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'partner_agency' })
export class PartnerAgency {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PartnerAgencyKind)
  @Property({ type: 'text' })
  kind!: PartnerAgencyKind;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * An agency's API key for calling the routing subgraph directly: `czn_<prefix>_<secret>`. The prefix finds
 * the row; only the secret's SHA-256 is kept. Shown once when created; revocable.
 */
@ObjectType({ description: 'Ключ API ведомства-партнёра (сам ключ показывается один раз при создании)' })
@Entity({ tableName: 'partner_api_key' })
export class PartnerApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PartnerAgency, { deleteRule: 'cascade' })
  agency!: PartnerAgency;

  @Field(() => String, { description: 'Название: для какой системы ведомства выпущен ключ' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String, { description: 'Начало ключа, по которому его узнают: czn_<prefix>_…' })
  @Property({ type: 'text', unique: true })
  prefix!: string;

  @Property({ type: 'text' })
  secretHash!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
