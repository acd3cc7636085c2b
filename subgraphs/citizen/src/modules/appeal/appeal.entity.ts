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
import type { ApplicationAnswers } from '../application-form/application-answers';
import type { ApplicationVacancies } from '../application-form/application-vacancies';
import { AppealStatus, AppealType } from './appeal.enums';

@ObjectType({ description: 'Обращение гражданина в центр занятости' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'appeal' })
@Index({ properties: ['applicantId', 'createdAt'] })
@Index({ properties: ['jobCenterId', 'status', 'createdAt'] })
@Unique({ properties: ['applicantId', 'idempotencyKey'] })
export class Appeal {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Номер обращения, например 2026-000123' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => AppealType)
  @Enum({ items: () => AppealType, nativeEnumName: 'appeal_type' })
  type!: AppealType;

  @Field(() => AppealStatus)
  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status' })
  status: AppealStatus = AppealStatus.REGISTERED;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @Field(() => String, { nullable: true, description: 'Комментарий заявителя' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => String, {
    description:
      'Контактный телефон заявителя, +7 и десять цифр; пусто у обращений, поданных до сбора контактов',
  })
  @Property({ type: 'text' })
  @PersonalData('PHONE', (appeal: Appeal) => appeal.applicantId)
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Адрес электронной почты заявителя' })
  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  /** The application's answers by field key (`application-form/`); null on appeals filed before the forms. */
  @Property({ type: 'json', nullable: true })
  application: ApplicationAnswers | null = null;

  /** The titles of the vacancies the application chose from favourites, by id, as they were at submission. */
  @Property({ type: 'json', nullable: true })
  applicationVacancies: ApplicationVacancies | null = null;

  @Field(() => String, { nullable: true, description: 'Результат оказания услуги' })
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Field(() => String, { nullable: true, description: 'Причина отказа' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** Set by the client so that a retried submission returns the first appeal instead of a second one. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();

  /** When the applicant last opened the appeal; news after it (a later updatedAt) makes it unread. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  applicantSeenAt: Date | null = null;

  @OneToMany(() => AppealStatusChange, (change) => change.appeal)
  history = new Collection<AppealStatusChange>(this);
}

@ObjectType({ description: 'Запись истории статусов обращения' })
@Entity({ tableName: 'appeal_status_change' })
@Index({ properties: ['appeal', 'changedAt'] })
export class AppealStatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Appeal, { deleteRule: 'restrict' })
  appeal!: Appeal;

  @Field(() => AppealStatus, { nullable: true, description: 'Прежний статус; пусто при регистрации' })
  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status', nullable: true })
  fromStatus: AppealStatus | null = null;

  @Field(() => AppealStatus)
  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status' })
  toStatus!: AppealStatus;

  @Property({ type: 'uuid' })
  changedById!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}
