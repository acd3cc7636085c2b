import { randomUUID } from 'node:crypto';
import {
  ArrayType,
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
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { EducationLevel, ResumeStatus } from './resume.enums';

@ObjectType({ description: 'Образование в резюме' })
export class ResumeEducation {
  @Field(() => EducationLevel)
  level!: EducationLevel;

  @Field(() => String, { description: 'Учебное заведение' })
  institution!: string;

  @Field(() => String, { nullable: true, description: 'Специальность' })
  specialty!: string | null;

  @Field(() => Int, { nullable: true, description: 'Год окончания' })
  graduationYear!: number | null;
}

@ObjectType({ description: 'Место работы в резюме' })
export class ResumeExperience {
  @Field(() => String, { description: 'Организация' })
  organization!: string;

  @Field(() => String, { description: 'Должность' })
  position!: string;

  @Field(() => String, { description: 'Начало работы, ГГГГ-ММ' })
  from!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Окончание работы, ГГГГ-ММ; пусто — по настоящее время',
  })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Обязанности и достижения' })
  duties!: string | null;
}

/**
 * A citizen's resume sent to a job centre for review. Its content and the contacts the citizen filled in are
 * exposed by resume.resolver.ts through the consent projection (resume.access.ts), never as plain fields.
 * Educations and experiences are jsonb: parts of the one document, always read and replaced with it whole,
 * never queried or referenced on their own.
 */
@ObjectType({ description: 'Резюме гражданина' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'resume' })
@Index({ properties: ['ownerId', 'createdAt'] })
@Index({ properties: ['jobCenterId', 'status', 'submittedAt'] })
@Unique({ properties: ['ownerId', 'idempotencyKey'] })
export class Resume {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field(() => ID, { description: 'ЦЗН, в который направлено резюме' })
  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @Field(() => ResumeStatus)
  @Enum({ items: () => ResumeStatus, nativeEnumName: 'resume_status' })
  status: ResumeStatus = ResumeStatus.PENDING_REVIEW;

  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Property({ type: 'text' })
  desiredPosition!: string;

  @Property({ type: 'text', nullable: true })
  fieldOfActivity: string | null = null;

  @Property({ type: 'integer', nullable: true })
  desiredSalary: number | null = null;

  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Property({ type: 'json' })
  educations: ResumeEducation[] = [];

  @Property({ type: 'json' })
  experiences: ResumeExperience[] = [];

  @Property({ type: ArrayType, columnType: 'text[]' })
  keySkills: string[] = [];

  @Property({ type: 'text', nullable: true })
  about: string | null = null;

  @Property({ type: 'text' })
  fullName!: string;

  /** YYYY-MM-DD. */
  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  /** +7 and ten digits. */
  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'boolean' })
  publish!: boolean;

  @Property({ type: 'boolean' })
  publishName!: boolean;

  @Property({ type: 'boolean' })
  publishAddress!: boolean;

  @Property({ type: 'boolean' })
  publishPhone!: boolean;

  @Property({ type: 'boolean' })
  publishAge!: boolean;

  /** Set by the client so that a retried creation returns the first resume instead of a second one. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();

  /** When it was last sent for review: the moderation queue takes the longest waiting first. */
  @Field(() => GraphQLISODateTime, { description: 'Когда резюме последний раз отправлено на проверку' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt: Date = new Date();

  @OneToMany(() => ResumeStatusChange, (change) => change.resume)
  history = new Collection<ResumeStatusChange>(this);
}

@ObjectType({ description: 'Запись истории проверки резюме' })
@Entity({ tableName: 'resume_status_change' })
@Index({ properties: ['resume', 'changedAt'] })
export class ResumeStatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Resume, { deleteRule: 'restrict' })
  resume!: Resume;

  @Field(() => ResumeStatus, { nullable: true, description: 'Прежний статус; пусто при создании' })
  @Enum({ items: () => ResumeStatus, nativeEnumName: 'resume_status', nullable: true })
  fromStatus: ResumeStatus | null = null;

  @Field(() => ResumeStatus)
  @Enum({ items: () => ResumeStatus, nativeEnumName: 'resume_status' })
  toStatus!: ResumeStatus;

  @Property({ type: 'uuid' })
  changedById!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Причина отказа' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

@ObjectType({ description: 'Согласие соискателя на публикацию; видят владелец резюме и сотрудники ЦЗН' })
export class ResumeConsent {
  @Field(() => Boolean, { description: 'Согласен на публикацию резюме' })
  publish!: boolean;

  @Field(() => Boolean, { description: 'Публиковать ФИО' })
  publishName!: boolean;

  @Field(() => Boolean, { description: 'Публиковать адрес' })
  publishAddress!: boolean;

  @Field(() => Boolean, { description: 'Публиковать телефоны и электронную почту' })
  publishPhone!: boolean;

  @Field(() => Boolean, { description: 'Публиковать возраст' })
  publishAge!: boolean;
}
