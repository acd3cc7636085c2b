import { badUserInput } from '@czn/kernel';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Чего ищет соискатель: из его резюме или заданное вручную' })
export class VacancyMatchCriteria {
  @Field(() => String, { description: 'Желаемая должность, например «Бухгалтер»' })
  position!: string;

  @Field(() => [String], { nullable: true, description: 'Ключевые навыки, до 30, например «Excel», «1С»' })
  skills?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Город, где соискатель хочет работать' })
  city?: string | null;

  @Field(() => Int, { nullable: true, description: 'Ожидаемая зарплата, руб. в месяц' })
  expectedSalary?: number | null;
}

/** The criteria as matching compares them: trimmed, skills without blanks and repeats. */
export interface CheckedCriteria {
  position: string;
  skills: string[];
  city: string | null;
  expectedSalary: number | null;
}

const MAX_SKILLS = 30;
const MAX_SALARY = 10_000_000;

function shortText(field: string, value: string, max: number, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length > max) throw badUserInput(field, `${what}: не больше ${max} символов`);
  return trimmed;
}

export function checkCriteria(criteria: VacancyMatchCriteria): CheckedCriteria {
  const position = shortText('position', criteria.position, 200, 'Должность');
  if (!position) throw badUserInput('position', 'Укажите желаемую должность');
  const skills = [
    ...new Map(
      (criteria.skills ?? [])
        .map((skill) => shortText('skills', skill, 100, 'Навык'))
        .filter((skill) => skill.length > 0)
        .map((skill) => [skill.toLowerCase(), skill]),
    ).values(),
  ];
  if (skills.length > MAX_SKILLS) throw badUserInput('skills', `Укажите не больше ${MAX_SKILLS} навыков`);
  const city = shortText('city', criteria.city ?? '', 200, 'Город') || null;
  const expectedSalary = criteria.expectedSalary ?? null;
  if (expectedSalary !== null && (expectedSalary < 1 || expectedSalary > MAX_SALARY))
    throw badUserInput(
      'expectedSalary',
      `Ожидаемая зарплата — от 1 до ${MAX_SALARY.toLocaleString('ru-RU')} руб.`,
    );
  return { position, skills, city, expectedSalary };
}
