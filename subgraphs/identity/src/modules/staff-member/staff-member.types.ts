import type { Role } from '@czn/kernel';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { NewAccountInput } from '../user/new-account.input';
import { RoleEnum } from '../user/user.enums';
import type { User } from '../user/user.entity';

/** A job centre's staff account as its administrator manages it; the row is the staff member's User. */
@ObjectType({ description: 'Сотрудник ЦЗН: учётная запись и роли' })
export class StaffMember {
  @Field(() => ID, { description: 'Идентификатор пользователя' })
  id!: string;

  @Field(() => String, { nullable: true })
  login!: string | null;

  @Field(() => String, { description: 'ФИО' })
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => ID, { description: 'ЦЗН, в котором работает сотрудник' })
  jobCenterId!: string;

  @Field(() => Boolean, { description: 'false — учётная запись отключена, вход невозможен' })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const toStaffMember = (user: User): StaffMember => ({
  id: user.id,
  login: user.login,
  fullName: user.fullName,
  email: user.email,
  roles: user.roles,
  jobCenterId: user.jobCenterId!,
  active: user.deactivatedAt === null,
  deactivatedAt: user.deactivatedAt,
  createdAt: user.createdAt,
});

@InputType({ description: 'Новый сотрудник ЦЗН администратора' })
export class CreateStaffMemberInput extends NewAccountInput {
  @Field(() => [RoleEnum], { description: 'Роли сотрудника; хотя бы одна' })
  roles!: Role[];
}
