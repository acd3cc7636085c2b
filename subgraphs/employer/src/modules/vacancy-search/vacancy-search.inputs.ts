import { registerLabelledEnum, TextInput } from '@czn/kernel';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Vacancy } from '../vacancy/vacancy.entity';
import { EmploymentType, WorkSchedule } from '../vacancy/vacancy.enums';

export const VacancySort = {
  NEWEST: 'NEWEST',
  SALARY: 'SALARY',
  RELEVANCE: 'RELEVANCE',
} as const;
export type VacancySort = (typeof VacancySort)[keyof typeof VacancySort];

registerLabelledEnum(
  VacancySort,
  'VacancySort',
  { NEWEST: 'Сначала новые', SALARY: 'По зарплате', RELEVANCE: 'По соответствию запросу' },
  'Порядок вакансий в банке вакансий; «По соответствию запросу» только при поиске по словам',
);

export const MAX_QUERY_LENGTH = 200;
/** How many vacancies a search counts and pages through at most, as job boards do: refine the search for more. */
export const SEARCH_RESULTS_LIMIT = 1000;

@InputType({ description: 'Что ищут в банке вакансий; пустые поля не ограничивают поиск' })
export class VacancySearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Слова для поиска по должности, обязанностям и работодателю; «кавычки» ищут фразу, минус исключает слово',
  })
  @TextInput({ maxLength: MAX_QUERY_LENGTH })
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'Населённый пункт из справочника (localities)' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Субъект РФ из справочника (localities)' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Зарплата от, руб. в месяц: вакансия платит не меньше' })
  salaryFrom?: number | null;

  @Field(() => [WorkSchedule], { nullable: true, description: 'Любой из этих графиков работы' })
  schedules?: WorkSchedule[] | null;

  @Field(() => [EmploymentType], { nullable: true, description: 'Любой из этих типов занятости' })
  employmentTypes?: EmploymentType[] | null;

  @Field(() => ID, { nullable: true, description: 'Только вакансии этого центра занятости' })
  jobCenterId?: string | null;
}

@ObjectType({ description: 'Страница результатов поиска вакансий' })
export class VacancySearchResult {
  @Field(() => Int, {
    description: `Сколько вакансий найдено, но не больше ${SEARCH_RESULTS_LIMIT}: дальше поиск не считает`,
  })
  total!: number;

  @Field(() => Boolean, {
    description: `Найдено больше ${SEARCH_RESULTS_LIMIT} вакансий: показываются первые, уточните запрос или фильтры`,
  })
  totalExceedsLimit!: boolean;

  @Field(() => Boolean, {
    description:
      'Слова запроса не нашлись; показаны вакансии, похожие на них по написанию (опечатка в запросе)',
  })
  bySimilarSpelling!: boolean;

  @Field(() => [Vacancy], { description: 'Вакансии этой страницы' })
  items!: Vacancy[];
}
