import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { VacancyStatus } from './vacancy.enums';

@ObjectType({ description: 'Вакансия работодателя' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'vacancy' })
@Index({ properties: ['status', 'jobCenterId'] })
@Index({ properties: ['organizationId', 'createdAt'] })
export class Vacancy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Наименование должности' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Зарплата от, руб. в месяц' })
  @Property({ type: 'integer', nullable: true })
  salaryFrom: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Зарплата до, руб. в месяц' })
  @Property({ type: 'integer', nullable: true })
  salaryTo: number | null = null;

  @Field(() => String, { description: 'Наименование организации-работодателя' })
  @Property({ type: 'text' })
  employerName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => VacancyStatus)
  @Enum({ items: () => VacancyStatus, type: 'text' })
  status: VacancyStatus = VacancyStatus.ACTIVE;

  /** identity's Organization that posted the vacancy; `employerName` is its name as published. */
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** The scheduling subgraph's job centre that publishes the vacancy; resolved through federation. */
  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
