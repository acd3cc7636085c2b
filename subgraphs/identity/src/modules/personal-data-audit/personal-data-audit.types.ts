import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PersonalDataAccessEntry } from './personal-data-access.entity';

@InputType({ description: 'Чей журнал: пользователь портала или СНИЛС (одно из двух)' })
export class PersonalDataSubjectInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'СНИЛС, 000-000-000 00 или 11 цифр' })
  snils?: string | null;
}

@ObjectType({
  description:
    'Человек в журнале: только идентификатор и ФИО, без паспорта, СНИЛС, адреса и даты рождения (минимизация по 152-ФЗ)',
})
export class NamedPerson {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ФИО' })
  fullName!: string;
}

@ObjectType({ description: 'Журнал доступа к персональным данным человека, страница' })
export class PersonalDataAuditPage {
  @Field(() => NamedPerson, { description: 'Чей журнал' })
  person!: NamedPerson;

  @Field(() => [PersonalDataAccessEntry], { description: 'Записи, новые сверху' })
  entries!: PersonalDataAccessEntry[];

  @Field(() => Int, { description: 'Всего записей' })
  total!: number;
}
