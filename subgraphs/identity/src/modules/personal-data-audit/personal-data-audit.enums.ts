import {
  PERSONAL_DATA_KINDS,
  registerLabelledEnum,
  type PersonalDataAction,
  type PersonalDataKind,
} from '@czn/kernel';

export const PersonalDataKindEnum = Object.fromEntries(PERSONAL_DATA_KINDS.map((kind) => [kind, kind])) as {
  [K in PersonalDataKind]: K;
};
export const personalDataKindLabels: Record<PersonalDataKind, string> = {
  PASSPORT: 'Паспорт',
  SNILS: 'СНИЛС',
  ADDRESS: 'Адрес',
  PHONE: 'Телефон',
  BIRTH_DATE: 'Дата рождения',
  EMAIL: 'Электронная почта',
  ESIA_ID: 'Учётная запись Госуслуг',
  FULL_NAME: 'ФИО',
  EMPLOYMENT_STATUS: 'Статус в службе занятости',
  PERSONAL_ACCOUNT: 'Лицевой счёт',
};
registerLabelledEnum(
  PersonalDataKindEnum,
  'PersonalDataKind',
  personalDataKindLabels,
  'Вид персональных данных (152-ФЗ)',
);

export const PersonalDataActionEnum = {
  READ: 'READ',
  CHANGE: 'CHANGE',
  ACCESS_REQUEST: 'ACCESS_REQUEST',
} as const satisfies {
  [K in PersonalDataAction]: K;
};
export const personalDataActionLabels: Record<PersonalDataAction, string> = {
  READ: 'Просмотр',
  CHANGE: 'Изменение',
  ACCESS_REQUEST: 'Запрос доступа',
};
registerLabelledEnum(
  PersonalDataActionEnum,
  'PersonalDataAction',
  personalDataActionLabels,
  'Что сделано с персональными данными',
);
