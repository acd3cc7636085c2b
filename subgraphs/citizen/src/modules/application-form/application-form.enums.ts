import { registerLabelledEnum } from '@czn/kernel';

/** How a field of an application form is filled in, and how its answer is sent (`value` or `values`). */
export enum ApplicationFieldKind {
  TEXT = 'TEXT',
  TEXTAREA = 'TEXTAREA',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  DATE_RANGE = 'DATE_RANGE',
  SELECT = 'SELECT',
  MULTISELECT = 'MULTISELECT',
  CHECKBOX = 'CHECKBOX',
  TAGS = 'TAGS',
  FAVORITE_VACANCIES = 'FAVORITE_VACANCIES',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}

registerLabelledEnum(
  ApplicationFieldKind,
  'ApplicationFieldKind',
  {
    TEXT: 'Строка текста (value)',
    TEXTAREA: 'Несколько строк текста (value)',
    NUMBER: 'Целое число (value, цифрами)',
    MONEY: 'Сумма в рублях, целая (value, цифрами)',
    DATE: 'Дата (value, ГГГГ-ММ-ДД)',
    DATE_RANGE: 'Период: дата начала и дата окончания (values, две даты ГГГГ-ММ-ДД)',
    SELECT: 'Один вариант из списка (value — значение варианта)',
    MULTISELECT: 'Несколько вариантов из списка (values — значения вариантов)',
    CHECKBOX: 'Отметка да или нет (value: true или false)',
    TAGS: 'Список коротких текстов (values)',
    FAVORITE_VACANCIES: 'Вакансии из избранного (values — идентификаторы вакансий)',
    PHONE: 'Телефон',
    EMAIL: 'Адрес электронной почты',
  },
  'Вид поля заявления',
);

/** The kinds answered with a list (`values`); the others take one `value`. */
export const LIST_KINDS: ReadonlySet<ApplicationFieldKind> = new Set([
  ApplicationFieldKind.DATE_RANGE,
  ApplicationFieldKind.MULTISELECT,
  ApplicationFieldKind.TAGS,
  ApplicationFieldKind.FAVORITE_VACANCIES,
]);

/** A value of the citizen's profile that fills a field in advance. */
export enum ProfileValue {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}

registerLabelledEnum(
  ProfileValue,
  'ProfileValue',
  { PHONE: 'Телефон из профиля', EMAIL: 'Электронная почта из профиля' },
  'Сведения профиля, которыми поле заполняется заранее',
);
