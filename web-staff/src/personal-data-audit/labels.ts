import type { PersonalDataAction, PersonalDataKind } from '../gql/graphql';

/** The schema's descriptions, as the CSV export writes them too. */
export const ACTION_LABELS: Record<PersonalDataAction, string> = {
  READ: 'Просмотр',
  CHANGE: 'Изменение',
};

export const KIND_LABELS: Record<PersonalDataKind, string> = {
  PASSPORT: 'Паспорт',
  SNILS: 'СНИЛС',
  ADDRESS: 'Адрес',
  PHONE: 'Телефон',
  BIRTH_DATE: 'Дата рождения',
};
