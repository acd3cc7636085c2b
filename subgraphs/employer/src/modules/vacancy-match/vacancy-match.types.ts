import { Field, Float, ObjectType } from 'type-graphql';
import { Vacancy } from '../vacancy/vacancy.entity';

@ObjectType({ description: 'Вакансия, подходящая соискателю, с тем, чем она подходит' })
export class VacancyMatch {
  @Field(() => Vacancy)
  vacancy!: Vacancy;

  @Field(() => Float, { description: 'Насколько подходит, от 0 до 1: чем больше, тем лучше' })
  score!: number;

  @Field(() => [String], {
    description:
      'Чем подходит: «совпадает профессия», «навыки: Excel, 1С», «тот же город», «зарплата выше ожидаемой»',
  })
  reasons!: string[];
}
