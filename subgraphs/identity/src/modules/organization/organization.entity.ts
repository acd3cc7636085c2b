import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/** An employer legal entity whose representatives use the employer's cabinet. */
@ObjectType({ description: 'Организация-работодатель (юридическое лицо)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Полное наименование' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Сокращённое наименование' })
  @Property({ type: 'text' })
  shortName!: string;

  @Field(() => String, { description: 'ИНН, 10 цифр' })
  @Property({ type: 'text' })
  inn!: string;

  @Field(() => String, { nullable: true, description: 'КПП, 9 цифр' })
  @Property({ type: 'text', nullable: true })
  kpp: string | null = null;

  @Field(() => String, { description: 'ОГРН, 13 цифр' })
  @Property({ type: 'text' })
  ogrn!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
