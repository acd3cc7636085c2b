import { Field, InputType } from 'type-graphql';

/** What an administrator fills in for an account with a portal login (staff, partner agencies' employees). */
@InputType()
export class NewAccountInput {
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
