import { randomUUID } from 'node:crypto';
import type { Role } from '@czn/kernel';
import { ArrayType, Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { PartnerAgency } from '../partner-agency/partner-agency.entity';
import { RoleEnum } from './user.enums';

@ObjectType({ description: 'Пользователь портала' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'user_account' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Portal login; citizens who sign in only through ESIA have none. */
  @Property({ type: 'text', nullable: true, unique: true })
  login: string | null = null;

  @Property({ type: 'text', nullable: true, lazy: true })
  passwordHash: string | null = null;

  @Field(() => String, { description: 'ФИО' })
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => [RoleEnum])
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles: Role[] = [];

  @Field(() => ID, { nullable: true, description: 'ЦЗН, в котором работает сотрудник' })
  @Property({ type: 'uuid', nullable: true })
  jobCenterId: string | null = null;

  /** Contact phone, +7 and ten digits; shown only to the user and staff (see user.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** Contact e-mail; shown only to the user and staff (see user.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** The organisation an employer representative acts for; resolved in user.resolver.ts. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  organization: Organization | null = null;

  /** The partner agency a PARTNER user works for; null for everyone else. */
  @ManyToOne(() => PartnerAgency, { nullable: true, deleteRule: 'restrict' })
  partnerAgency: PartnerAgency | null = null;

  /**
   * Personal data (152-ФЗ) below: shown only to the person and staff (see user.resolver.ts), never to other
   * citizens by any path. ESIA fills them at each sign-in; only staff change them otherwise.
   */
  /** The person's ESIA account (`urn:esia:sbj_id`); set at the first sign-in through Gosuslugi. */
  @Property({ type: 'text', nullable: true, unique: true })
  esiaOid: string | null = null;

  /** СНИЛС as ESIA gives it: 000-000-000 00. */
  @Property({ type: 'text', nullable: true })
  snils: string | null = null;

  /** Birth date, YYYY-MM-DD. */
  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  passportSeries: string | null = null;

  @Property({ type: 'text', nullable: true })
  passportNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  passportIssuedBy: string | null = null;

  /** YYYY-MM-DD. */
  @Property({ type: 'date', nullable: true })
  passportIssuedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  registrationAddress: string | null = null;

  /** The ESIA account is confirmed (подтверждённая учётная запись); only such accounts may sign in. */
  @Property({ type: 'boolean', default: false })
  trusted: Opt<boolean> = false;

  /** When the job centre's administrator switched this staff account off; it cannot sign in since. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
