import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, district, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';

/** Заявление на информирование о положении на рынке труда: what and for which district. */
export const laborMarketInfoForm: ApplicationForm = {
  type: AppealType.LABOR_MARKET_INFO,
  groups: [
    group('request', 'Какие сведения нужны', [
      field(Kind.MULTISELECT, 'topics', 'Что вас интересует', {
        required: true,
        options: choices({
          VACANCIES: 'Вакансии и спрос на профессии',
          SALARIES: 'Уровень заработной платы',
          UNEMPLOYMENT: 'Уровень безработицы',
          TRAINING: 'Возможности обучения и переобучения',
          SUPPORT: 'Меры государственной поддержки занятости',
        }),
      }),
      district('Район или город', true),
      field(Kind.TEXTAREA, 'question', 'Что именно хотите узнать', { maxLength: 2000 }),
    ]),
    contactsGroup,
  ],
};
