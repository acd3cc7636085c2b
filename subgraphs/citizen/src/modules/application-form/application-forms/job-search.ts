import { AppealType } from '../../appeal/appeal.enums';
import {
  choices,
  contactsGroup,
  district,
  education,
  EMPLOYMENT_TYPES,
  field,
  group,
  WORK_SCHEDULES,
} from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';

/** Заявление-анкета на содействие в поиске подходящей работы (seed 000, 001: the «Пожелания» tab). */
export const jobSearchForm: ApplicationForm = {
  type: AppealType.JOB_SEARCH_ASSISTANCE,
  groups: [
    group('desiredJob', 'Желаемая работа', [
      field(Kind.TAGS, 'desiredPositions', 'Желаемые должности', {
        required: true,
        maxItems: 5,
        maxLength: 100,
        hint: 'До пяти должностей или профессий, например: водитель, кладовщик',
      }),
      field(Kind.MONEY, 'salaryFrom', 'Зарплата от, ₽ в месяц', {
        min: 1,
        max: 1_000_000,
        hint: 'До вычета налогов',
      }),
      field(Kind.MULTISELECT, 'schedule', 'График работы', { options: WORK_SCHEDULES }),
      field(Kind.MULTISELECT, 'employmentType', 'Тип занятости', { options: EMPLOYMENT_TYPES }),
    ]),
    group('background', 'Опыт и образование', [
      field(Kind.SELECT, 'workExperience', 'Опыт работы', {
        required: true,
        options: choices({
          NONE: 'Нет опыта',
          UP_TO_1: 'До 1 года',
          FROM_1_TO_3: 'От 1 года до 3 лет',
          FROM_3_TO_6: 'От 3 до 6 лет',
          OVER_6: 'Более 6 лет',
        }),
      }),
      field(Kind.TEXT, 'lastPosition', 'Последнее место работы и должность', { maxLength: 200 }),
      education(true),
      field(Kind.TEXT, 'specialty', 'Специальность по документу об образовании', { maxLength: 200 }),
    ]),
    group('wishes', 'Пожелания', [
      district('Где искать работу', false),
      field(Kind.FAVORITE_VACANCIES, 'foundVacancies', 'Самостоятельно найденные вакансии', {
        maxItems: 20,
        hint: 'Вакансии из избранного в Банке вакансий, которые вы хотели бы рассмотреть',
      }),
      field(Kind.TEXTAREA, 'wishes', 'Другие пожелания', { maxLength: 2000 }),
    ]),
    contactsGroup,
  ],
};
