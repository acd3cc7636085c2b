import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, district, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm, ApplicationFormField } from '../application-form.types';

/** The period and the preferences that public works and temporary employment ask alike. */
export const temporaryWorkFields = (kinds: Record<string, string>): ApplicationFormField[] => [
  field(Kind.DATE_RANGE, 'period', 'Период участия', {
    required: true,
    hint: 'С какого и по какое число вы готовы работать',
  }),
  field(Kind.MULTISELECT, 'workKinds', 'Вид работ', { required: true, options: choices(kinds) }),
  field(Kind.SELECT, 'schedule', 'График', {
    options: choices({
      FULL_DAY: 'Полный день',
      PART_DAY: 'Неполный день',
      SHIFT: 'Сменный график',
    }),
  }),
  field(Kind.NUMBER, 'hoursPerDay', 'Сколько часов в день готовы работать', { min: 1, max: 12 }),
  district('Район или город', true),
];

/** Заявление на участие в оплачиваемых общественных работах. */
export const publicWorksForm: ApplicationForm = {
  type: AppealType.PUBLIC_WORKS,
  groups: [
    group(
      'participation',
      'Участие в общественных работах',
      temporaryWorkFields({
        LANDSCAPING: 'Благоустройство и озеленение',
        CLEANING: 'Уборка территорий',
        AGRICULTURE: 'Сельскохозяйственные работы',
        CONSTRUCTION: 'Строительные и ремонтные работы',
        SOCIAL_CARE: 'Помощь пожилым и людям с инвалидностью',
        PAPERWORK: 'Работа с документами',
      }),
    ),
    contactsGroup,
  ],
};
