import type { PersonalDataAction, PersonalDataKind, Role } from '../gql/graphql';

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

export const ROLE_LABELS: Record<Role, string> = {
  CITIZEN: 'Гражданин (соискатель)',
  EMPLOYER: 'Представитель работодателя',
  REGISTRAR: 'Регистратор ЦЗН',
  CAREER_CONSULTANT: 'Карьерный консультант',
  JOB_SELECTION_SPECIALIST: 'Специалист по подбору работы',
  EMPLOYER_RELATIONS_SPECIALIST: 'Специалист по работе с работодателями',
  DIGITAL_CONSULTANT: 'Цифровой консультант',
  REGISTERS_DEPARTMENT: 'Отдел ведения регистров',
  ADMIN: 'Администратор',
  PARTNER: 'Сотрудник ведомства-партнёра',
};
