import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Вакансия, которую гражданин добавил в избранное в банке вакансий' })
@Entity({ tableName: 'favorite_vacancy' })
@Unique({ properties: ['citizenId', 'vacancyId'] })
@Index({ properties: ['citizenId', 'addedAt'] })
export class FavoriteVacancy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  citizenId!: string;

  /** The employer subgraph's vacancy; resolved through federation. */
  @Property({ type: 'uuid' })
  vacancyId!: string;

  @Field(() => GraphQLISODateTime, { description: 'Когда вакансия добавлена в избранное' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  addedAt: Date = new Date();
}
