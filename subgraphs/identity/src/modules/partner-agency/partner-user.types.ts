import { Field, ID, InputType } from 'type-graphql';
import type { NewAccountInput } from '../user/managed-account';

@InputType({ description: 'Новый сотрудник ведомства-партнёра: входит по логину и паролю' })
export class CreatePartnerUserInput implements NewAccountInput {
  @Field(() => ID, { description: 'Ведомство, в котором работает сотрудник' })
  agencyId!: string;

  @Field(() => String, { description: 'ФИО' })
  fullName!: string;

  @Field(() => String, { description: 'Логин: латинские буквы, цифры и . _ -' })
  login!: string;

  @Field(() => String, {
    description: 'Начальный пароль: не короче 10 символов, буквы и цифры, без логина внутри',
  })
  password!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
