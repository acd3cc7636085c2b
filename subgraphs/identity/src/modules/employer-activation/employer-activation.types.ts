import { Field, GraphQLISODateTime, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';

export enum ActivationCodeState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REPLACED = 'REPLACED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ActivationCodeState, {
  name: 'ActivationCodeState',
  description: 'Состояние кода активации кабинета работодателя',
  valuesConfig: {
    VALID: { description: 'Действует: можно создать логин и пароль' },
    EXPIRED: { description: 'Срок действия истёк (30 дней)' },
    USED: { description: 'Уже использован: кабинет активирован' },
    REPLACED: { description: 'Заменён новым кодом, отправленным позже' },
    UNKNOWN: { description: 'Такого кода нет' },
  },
});

export enum AccountActivationState {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACTIVATED = 'ACTIVATED',
}
registerEnumType(AccountActivationState, {
  name: 'AccountActivationState',
  description: 'Активирован ли кабинет представителя работодателя',
  valuesConfig: {
    PENDING: { description: 'Код отправлен, кабинет ещё не активирован' },
    EXPIRED: { description: 'Код не использован, и срок его действия истёк' },
    ACTIVATED: { description: 'Кабинет активирован: логин и пароль созданы' },
  },
});

@InputType({
  description: 'Организация-работодатель и её представитель, которого регистрирует сотрудник ЦЗН',
})
export class RegisterOrganizationInput {
  @Field(() => String, { description: 'Полное наименование' })
  name!: string;

  @Field(() => String, { description: 'Сокращённое наименование' })
  shortName!: string;

  @Field(() => String, { description: 'ИНН: 10 цифр у организации, 12 у индивидуального предпринимателя' })
  inn!: string;

  @Field(() => String, { nullable: true, description: 'КПП, 9 символов; у предпринимателя не указывается' })
  kpp?: string | null;

  @Field(() => String, { description: 'ОГРН (13 цифр) или ОГРНИП (15 цифр)' })
  ogrn!: string;

  @Field(() => String, { description: 'ФИО представителя' })
  representativeFullName!: string;

  @Field(() => String, { description: 'Электронная почта представителя: туда уйдёт код активации' })
  representativeEmail!: string;
}

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
