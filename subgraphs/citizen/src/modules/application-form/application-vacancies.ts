import { badUserInputs, type EntityManager, type InputProblem } from '@czn/kernel';
import { GraphQLError } from 'graphql';
import { FavoriteVacancy } from '../favorite-vacancy/favorite-vacancy.entity';
import type { VacancyDirectory } from '../federation/employer-subgraph';
import type { ApplicationAnswers } from './application-answers';
import { ApplicationFieldKind as Kind } from './application-form.enums';
import type { ApplicationForm, ApplicationFormField } from './application-form.types';

/** The titles of the vacancies an application chose from favourites, by id, as they were at submission. */
export type ApplicationVacancies = Record<string, string>;

interface Chosen {
  field: ApplicationFormField;
  ids: string[];
}

/** The vacancy ids each FAVORITE_VACANCIES field of the read answers holds. */
function chosenVacancies(form: ApplicationForm, answers: ApplicationAnswers): Chosen[] {
  return form.groups.flatMap((group) =>
    group.fields.flatMap((field) => {
      const answer = answers[field.key];
      return field.kind === Kind.FAVORITE_VACANCIES && Array.isArray(answer) ? [{ field, ids: answer }] : [];
    }),
  );
}

const problem = (field: ApplicationFormField, message: string): InputProblem => ({
  field: `fields.${field.key}`,
  message: `«${field.label}»: ${message}`,
});

/** Each field that names a vacancy the applicant does not keep in favourites; one statement for all of them. */
export async function vacanciesNotInFavorites(
  em: EntityManager,
  citizenId: string,
  form: ApplicationForm,
  answers: ApplicationAnswers,
): Promise<InputProblem[]> {
  const chosen = chosenVacancies(form, answers);
  const ids = [...new Set(chosen.flatMap((answer) => answer.ids))];
  if (ids.length === 0) return [];
  const rows = await em.find(
    FavoriteVacancy,
    { citizenId, vacancyId: { $in: ids } },
    { fields: ['vacancyId'] },
  );
  const favorites = new Set(rows.map((row) => row.vacancyId.toLowerCase()));
  return chosen
    .filter((answer) => answer.ids.some((id) => !favorites.has(id)))
    .map((answer) => problem(answer.field, 'выберите вакансии из избранного'));
}

/**
 * The chosen vacancies' titles from employer, kept with the appeal so that its centre reads what was chosen
 * whatever later becomes of the vacancies; null when none was chosen. A vacancy withdrawn (or gone) since it
 * was added to favourites is refused on its field.
 */
export async function titlesOfChosenVacancies(
  vacancies: VacancyDirectory,
  form: ApplicationForm,
  answers: ApplicationAnswers,
): Promise<ApplicationVacancies | null> {
  const chosen = chosenVacancies(form, answers);
  const ids = [...new Set(chosen.flatMap((answer) => answer.ids))];
  if (ids.length === 0) return null;
  let summaries: Awaited<ReturnType<VacancyDirectory['vacancySummaries']>>;
  try {
    summaries = await vacancies.vacancySummaries(ids);
  } catch {
    throw new GraphQLError(
      'Не удалось проверить выбранные вакансии: сведения о вакансиях временно недоступны. Повторите подачу через минуту',
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'employer' } },
    );
  }
  const problems = chosen.flatMap(({ field, ids: chosenIds }) => {
    const gone = chosenIds.find((id) => summaries.get(id)?.status !== 'ACTIVE');
    if (gone === undefined) return [];
    const title = summaries.get(gone)?.title;
    return [
      problem(
        field,
        title
          ? `вакансия «${title}» снята с публикации — уберите её из выбранных`
          : 'одной из выбранных вакансий больше нет в банке — уберите её из выбранных',
      ),
    ];
  });
  const [first, ...rest] = problems;
  if (first) throw badUserInputs([first, ...rest]);
  return Object.fromEntries(ids.map((id) => [id, summaries.get(id)!.title]));
}
