import type { Role } from './gql/graphql';

/** Roles as the schema describes them; the staff accounts' form and the audit trail show them so. */
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
