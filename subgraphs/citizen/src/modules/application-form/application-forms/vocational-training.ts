import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, education, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';

/** Заявление на профессиональное обучение и дополнительное профессиональное образование. */
export const vocationalTrainingForm: ApplicationForm = {
  type: AppealType.VOCATIONAL_TRAINING,
  groups: [
    group('training', 'Обучение', [
      field(Kind.TEXT, 'programme', 'Желаемая профессия или программа обучения', {
        required: true,
        maxLength: 200,
        hint: 'Например: оператор станков с ЧПУ, 1С: Бухгалтерия',
      }),
      field(Kind.SELECT, 'trainingType', 'Вид обучения', {
        options: choices({
          NEW_PROFESSION: 'Обучение новой профессии',
          RETRAINING: 'Профессиональная переподготовка',
          QUALIFICATION: 'Повышение квалификации',
        }),
      }),
      field(Kind.SELECT, 'studyForm', 'Форма обучения', {
        required: true,
        options: choices({ FULL_TIME: 'Очная', PART_TIME: 'Очно-заочная', DISTANCE: 'Дистанционная' }),
      }),
      field(Kind.DATE, 'startFrom', 'Когда готовы приступить к обучению'),
      education(true),
      field(Kind.TEXT, 'specialty', 'Специальность по документу об образовании', { maxLength: 200 }),
    ]),
    group('employer', 'Работодатель', [
      field(Kind.CHECKBOX, 'employerReady', 'Есть работодатель, готовый принять после обучения'),
      field(Kind.TEXT, 'employerName', 'Название работодателя', { maxLength: 200 }),
    ]),
    contactsGroup,
  ],
};
