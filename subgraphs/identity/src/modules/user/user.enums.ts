import { registerLabelledEnum, ROLES, type Role } from '@czn/kernel';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

export const roleLabels: Record<Role, string> = {
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

registerLabelledEnum(RoleEnum, 'Role', roleLabels, 'Роль пользователя портала');
