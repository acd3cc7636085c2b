import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class VacancyListArgs {
  @Field(() => ID, { nullable: true, description: 'Только вакансии этого центра занятости' })
  jobCenterId?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: 'Сколько вакансий вернуть, от 1 до 100',
  })
  limit!: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Сколько вакансий пропустить' })
  offset!: number | null;
}
