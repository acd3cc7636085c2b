import { randomUUID } from 'node:crypto';
import type { Role } from '@czn/kernel';
import { ArrayType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { RoleEnum } from './role';

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

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
