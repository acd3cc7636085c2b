import { Field, ID, InputType } from 'type-graphql';
import { NewAccountInput } from '../user/new-account.input';

@InputType({ description: 'Новый сотрудник ведомства-партнёра: входит по логину и паролю' })
export class CreatePartnerUserInput extends NewAccountInput {
  @Field(() => ID, { description: 'Ведомство, в котором работает сотрудник' })
  agencyId!: string;
}
