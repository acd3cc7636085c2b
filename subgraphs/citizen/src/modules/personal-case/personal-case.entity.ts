import { randomUUID } from 'node:crypto';
import { PersonalData } from '@czn/kernel';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { PersonalCaseChangeKind, PersonalCasePurpose, PersonalCaseStatus } from './personal-case.enums';

/** A citizen has at most one case at a centre that is not closed. */
export const ONE_OPEN_CASE_PER_CENTRE = 'personal_case_one_open_per_centre';

@ObjectType({ description: 'Личное дело гражданина в центре занятости' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'personal_case' })
@Index({ properties: ['citizenId', 'openedOn'] })
@Index({ properties: ['jobCenterId', 'status', 'openedOn'] })
@Unique({ properties: ['jobCenterId', 'idempotencyKey'] })
@Unique({
  name: ONE_OPEN_CASE_PER_CENTRE,
  expression: `create unique index "${ONE_OPEN_CASE_PER_CENTRE}" on "citizen"."personal_case" ("citizen_id", "job_center_id") where "status" <> 'CLOSED'`,
})
export class PersonalCase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  citizenId!: string;

  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @Field(() => PersonalCasePurpose)
  @Enum({ items: () => PersonalCasePurpose, nativeEnumName: 'personal_case_purpose' })
  purpose: PersonalCasePurpose = PersonalCasePurpose.JOB_SEARCH;

  @Field(() => PersonalCaseStatus)
  @Enum({ items: () => PersonalCaseStatus, nativeEnumName: 'personal_case_status' })
  @PersonalData('EMPLOYMENT_STATUS', (personalCase: PersonalCase) => personalCase.citizenId)
  status!: PersonalCaseStatus;

  @Field(() => String, { description: 'Дата открытия, ГГГГ-ММ-ДД' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: 'Номер лицевого счёта; пусто, пока счёт не открыт' })
  @Property({ type: 'text', nullable: true })
  @PersonalData('PERSONAL_ACCOUNT', (personalCase: PersonalCase) => personalCase.citizenId)
  personalAccountNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'Дата закрытия, ГГГГ-ММ-ДД' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Причина закрытия' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  /** Set by the client so that a retried opening returns the first case instead of failing. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();

  @OneToMany(() => PersonalCaseChange, (change) => change.personalCase)
  history = new Collection<PersonalCaseChange>(this);
}

@ObjectType({ description: 'Запись истории личного дела: кто, когда, что и почему изменил' })
@Entity({ tableName: 'personal_case_change' })
@Index({ properties: ['personalCase', 'changedAt'] })
export class PersonalCaseChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PersonalCase, { deleteRule: 'restrict' })
  personalCase!: PersonalCase;

  @Field(() => PersonalCaseChangeKind)
  @Enum({ items: () => PersonalCaseChangeKind, nativeEnumName: 'personal_case_change_kind' })
  kind!: PersonalCaseChangeKind;

  @Field(() => PersonalCaseStatus, { nullable: true, description: 'Прежний статус; пусто при открытии' })
  @Enum({ items: () => PersonalCaseStatus, nativeEnumName: 'personal_case_status', nullable: true })
  fromStatus: PersonalCaseStatus | null = null;

  @Field(() => PersonalCaseStatus)
  @Enum({ items: () => PersonalCaseStatus, nativeEnumName: 'personal_case_status' })
  toStatus!: PersonalCaseStatus;

  @Property({ type: 'uuid' })
  changedById!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Причина' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
