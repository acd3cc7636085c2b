import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { EmploymentType, VacancyStatus, WorkSchedule } from './vacancy.enums';

@ObjectType({ description: 'Вакансия работодателя' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'vacancy' })
@Index({ properties: ['organizationId', 'createdAt'] })
@Index({
  name: 'vacancy_search_index',
  expression: `create index "vacancy_search_index" on "employer"."vacancy" using gin ("search_vector", "city", "region", "job_center_id", "schedule", "employment_type") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_search_words_index',
  expression: `create index "vacancy_search_words_index" on "employer"."vacancy" using gin (("title" || ' ' || "employer_name") gin_trgm_ops) where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_created_at_index',
  expression: `create index "vacancy_active_created_at_index" on "employer"."vacancy" ("created_at" desc, "id") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_salary_index',
  expression: `create index "vacancy_active_salary_index" on "employer"."vacancy" ("salary_from" desc nulls last, "created_at" desc, "id") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_city_index',
  expression: `create index "vacancy_active_city_index" on "employer"."vacancy" ("city", "created_at" desc, "id") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_job_center_index',
  expression: `create index "vacancy_active_job_center_index" on "employer"."vacancy" ("job_center_id", "created_at" desc, "id") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_schedule_index',
  expression: `create index "vacancy_active_schedule_index" on "employer"."vacancy" ("schedule", "employment_type") where "status" = 'ACTIVE'`,
})
@Index({
  name: 'vacancy_active_region_index',
  expression: `create index "vacancy_active_region_index" on "employer"."vacancy" ("region", "created_at" desc, "id") where "status" = 'ACTIVE'`,
})
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

  @Field(() => String, { nullable: true, description: 'Дополнительные сведения о вакансии' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: 'Должностные обязанности' })
  @Property({ type: 'text', nullable: true })
  duties: string | null = null;

  @Field(() => String, { nullable: true, description: 'Требования к кандидату' })
  @Property({ type: 'text', nullable: true })
  requirements: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Населённый пункт места работы, как в справочнике городов; пусто, если не указан',
  })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Субъект РФ места работы, например «Алтайский край»; пусто, если не указан',
  })
  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Field(() => WorkSchedule, { description: 'График работы' })
  @Enum({ items: () => WorkSchedule, type: 'text', default: WorkSchedule.FULL_DAY })
  schedule: WorkSchedule = WorkSchedule.FULL_DAY;

  @Field(() => EmploymentType, { description: 'Тип занятости' })
  @Enum({ items: () => EmploymentType, type: 'text', default: EmploymentType.FULL })
  employmentType: EmploymentType = EmploymentType.FULL;

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

  /** The Russian text search lexemes of the title (A), the employer's name (B) and the duties (C). */
  @Property({
    type: 'tsvector',
    // As PostgreSQL prints the migration's expression back, so that the schema comparison finds no change.
    generated: `((setweight(to_tsvector('russian'::regconfig, title), 'A'::"char") || setweight(to_tsvector('russian'::regconfig, employer_name), 'B'::"char")) || setweight(to_tsvector('russian'::regconfig, COALESCE(duties, ''::text)), 'C'::"char")) stored`,
    nullable: true,
    lazy: true,
    hidden: true,
  })
  searchVector?: string;

  /** When the employer last confirmed the vacancy is still open (seed 002: at least every 30 days). */
  @Field(() => GraphQLISODateTime, { description: 'Когда работодатель последний раз подтвердил вакансию' })
  @Property({ type: 'datetime' })
  confirmedAt: Date = new Date();
}
