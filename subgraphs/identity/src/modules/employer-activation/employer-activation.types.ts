import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { AccountActivationState, ActivationCodeState } from './employer-activation.enums';

@ObjectType({ description: 'Отправленное приглашение активировать кабинет работодателя' })
export class ActivationInvitation {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => User)
  representative!: User;

  @Field(() => GraphQLISODateTime, { description: 'До какого момента действует код' })
  expiresAt!: Date;

  @Field(() => Boolean, {
    description: 'Письмо отправлено; false — не удалось, отправьте код повторно (resendActivation)',
  })
  emailSent!: boolean;
}

@ObjectType({ description: 'Что известно о коде активации тому, у кого он есть' })
export class ActivationCodeCheck {
  @Field(() => ActivationCodeState)
  state!: ActivationCodeState;

  @Field(() => String, { nullable: true, description: 'Что делать, если код не действует' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'Организация; только у действующего кода' })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'ФИО представителя; только у действующего кода' })
  fullName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType({ description: 'Кабинет работодателя активирован' })
export class EmployerActivationResult {
  @Field(() => String, { description: 'Логин для входа' })
  login!: string;

  @Field(() => String)
  organizationName!: string;
}

@ObjectType({ description: 'Активация кабинета представителя работодателя (видна сотрудникам ЦЗН)' })
export class AccountActivation {
  @Field(() => AccountActivationState)
  state!: AccountActivationState;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Когда отправлен последний код' })
  sentAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'До какого момента действует последний код',
  })
  expiresAt!: Date | null;
}
