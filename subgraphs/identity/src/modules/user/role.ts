import { ROLES, type Role } from '@czn/kernel';
import { registerEnumType } from 'type-graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Роль пользователя портала',
  valuesConfig: {
    CITIZEN: { description: 'Гражданин (соискатель)' },
    EMPLOYER: { description: 'Представитель работодателя' },
    REGISTRAR: { description: 'Регистратор ЦЗН' },
    CAREER_CONSULTANT: { description: 'Карьерный консультант' },
    JOB_SELECTION_SPECIALIST: { description: 'Специалист по подбору работы' },
    EMPLOYER_RELATIONS_SPECIALIST: { description: 'Специалист по работе с работодателями' },
    DIGITAL_CONSULTANT: { description: 'Цифровой консультант' },
    REGISTERS_DEPARTMENT: { description: 'Отдел ведения регистров' },
    ADMIN: { description: 'Администратор' },
    PARTNER: { description: 'Сотрудник ведомства-партнёра' },
  },
});
