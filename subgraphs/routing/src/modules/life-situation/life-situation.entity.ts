import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Жизненная ситуация (ЖС) с рекомендуемым комплексом услуг' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'life_situation' })
export class LifeSituation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => String, { description: 'Постоянный код ситуации, например ALIMONY_OBLIGATIONS' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Кого касается ситуация' })
  @Property({ type: 'text' })
  description!: string;
}
