import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, education, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';

/** Заявление на профессиональную ориентацию: goal, current occupation, interests. */
export const careerGuidanceForm: ApplicationForm = {
  type: AppealType.CAREER_GUIDANCE,
  groups: [
    group('guidance', 'Профориентация', [
      field(Kind.SELECT, 'goal', 'Цель обращения', {
        required: true,
        options: choices({
          CHOOSE_PROFESSION: 'Выбрать профессию',
          CHANGE_PROFESSION: 'Сменить профессию',
          CHOOSE_TRAINING: 'Выбрать программу обучения',
          CAREER_GROWTH: 'Развиваться в своей профессии',
        }),
      }),
      field(Kind.SELECT, 'occupation', 'Чем вы сейчас заняты', {
        required: true,
        options: choices({
          STUDENT: 'Учусь',
          EMPLOYED: 'Работаю',
          NOT_WORKING: 'Не работаю',
          PARENTAL_LEAVE: 'В отпуске по уходу за ребёнком',
          RETIRED: 'На пенсии',
        }),
      }),
      field(Kind.TAGS, 'interests', 'Интересующие сферы деятельности', {
        maxItems: 10,
        maxLength: 100,
        hint: 'Например: медицина, IT, строительство',
      }),
      education(false),
      field(Kind.SELECT, 'format', 'Как удобнее получить консультацию', {
        options: choices({ IN_PERSON: 'Очно в центре занятости', REMOTE: 'Дистанционно' }),
      }),
      field(Kind.CHECKBOX, 'testing', 'Хочу пройти профориентационное тестирование'),
    ]),
    contactsGroup,
  ],
};
