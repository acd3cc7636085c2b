import { randomUUID } from 'node:crypto';
import { PersonalData } from '@czn/kernel';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { LifeSituation } from '../life-situation/life-situation.entity';
import { isPartner } from './partner-referral.access';
import { PartnerReferralStatus } from './partner-referral.enums';

/**
 * A step of a person's route through a partner agency (seed 003): the job centre refers, the owner agency
 * accepts and records the outcome. Only the agency, the referring job centre and the person see it.
 */
@ObjectType({ description: 'Направление гражданина в ведомство-партнёр' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'partner_referral' })
@Index({ properties: ['agencyId', 'createdAt'] })
@Index({ properties: ['jobCenterId', 'createdAt'] })
@Index({ properties: ['personId', 'createdAt'] })
@Unique({ properties: ['createdBy', 'idempotencyKey'] })
export class PartnerReferral {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'Ведомство, которому адресовано направление (владелец)' })
  @Property({ type: 'uuid' })
  agencyId!: string;

  @Field(() => ID, { description: 'Гражданин (пользователь портала)' })
  @Property({ type: 'uuid' })
  personId!: string;

  /** The name leaves the job centres here: an agency's reads of it are in the person's audit trail. */
  @Field(() => String, { description: 'ФИО гражданина на момент направления, как в бланке направления' })
  @PersonalData<PartnerReferral>('FULL_NAME', (referral) => referral.personId, { recordedFor: isPartner })
  @Property({ type: 'text' })
  personFullName!: string;

  @Field(() => ID, { description: 'ЦЗН, который направил' })
  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @ManyToOne(() => LifeSituation, { nullable: true, deleteRule: 'restrict' })
  lifeSituation: LifeSituation | null = null;

  @Field(() => String, { description: 'Цель направления: что ведомству сделать' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => PartnerReferralStatus)
  @Enum({ items: () => PartnerReferralStatus, nativeEnumName: 'partner_referral_status' })
  status: PartnerReferralStatus = PartnerReferralStatus.SENT;

  @Field(() => String, { nullable: true, description: 'Результат, записанный ведомством' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Field(() => ID, { description: 'Сотрудник ЦЗН, который направил' })
  @Property({ type: 'uuid' })
  createdBy!: string;

  /** Set by the client so that a retried referral returns the first one instead of a second. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
