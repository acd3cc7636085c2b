import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { PersonalDataAccessEntry } from './personal-data-access.entity';

@InputType({ description: 'Чей журнал: пользователь портала или СНИЛС (одно из двух)' })
export class PersonalDataSubjectInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'СНИЛС, 000-000-000 00 или 11 цифр' })
  snils?: string | null;
}

@ObjectType({ description: 'Журнал доступа к персональным данным человека, страница' })
export class PersonalDataAuditPage {
  @Field(() => User)
  person!: User;

  @Field(() => [PersonalDataAccessEntry], { description: 'Записи, новые сверху' })
  entries!: PersonalDataAccessEntry[];

  @Field(() => Int, { description: 'Всего записей' })
  total!: number;
}
