import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum PartnerAgencyKind {
  BAILIFFS_OFFICE = 'BAILIFFS_OFFICE',
  CRISIS_CENTER = 'CRISIS_CENTER',
  MEDIATION_CENTER = 'MEDIATION_CENTER',
  SOCIAL_PROTECTION_OFFICE = 'SOCIAL_PROTECTION_OFFICE',
  WAGE_LEGALIZATION_WORKING_GROUP = 'WAGE_LEGALIZATION_WORKING_GROUP',
}
registerEnumType(PartnerAgencyKind, {
  name: 'PartnerAgencyKind',
  description: 'Вид ведомства-партнёра',
  valuesConfig: {
    BAILIFFS_OFFICE: { description: 'Отделение судебных приставов (ОСП)' },
    CRISIS_CENTER: { description: 'Кризисный центр (психолог)' },
    MEDIATION_CENTER: { description: 'Центр медиации' },
    SOCIAL_PROTECTION_OFFICE: { description: 'Управление социальной защиты населения (УСЗН)' },
    WAGE_LEGALIZATION_WORKING_GROUP: {
      description: 'Городская рабочая группа по легализации заработной платы',
    },
  },
});

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
