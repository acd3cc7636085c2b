import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Паспорт гражданина РФ' })
export class Passport {
  @Field(() => String, { nullable: true, description: 'Серия, например 0104' })
  series!: string | null;

  @Field(() => String, { nullable: true, description: 'Номер, например 123456' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Кем выдан' })
  issuedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Дата выдачи, ГГГГ-ММ-ДД' })
  issuedOn!: string | null;
}
