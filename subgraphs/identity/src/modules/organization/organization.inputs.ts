import { badUserInput } from '@czn/kernel';
import { Field, InputType } from 'type-graphql';
import type { User } from '../user/user.entity';
import type { Organization } from './organization.entity';
import { registrationNumberProblems } from './registration-numbers';

@InputType({
  description: 'Организация-работодатель и её представитель, которого регистрирует сотрудник ЦЗН',
})
export class RegisterOrganizationInput {
  @Field(() => String, { description: 'Полное наименование' })
  name!: string;

  @Field(() => String, { description: 'Сокращённое наименование' })
  shortName!: string;

  @Field(() => String, { description: 'ИНН: 10 цифр у организации, 12 у индивидуального предпринимателя' })
  inn!: string;

  @Field(() => String, { nullable: true, description: 'КПП, 9 символов; у предпринимателя не указывается' })
  kpp?: string | null;

  @Field(() => String, { description: 'ОГРН (13 цифр) или ОГРНИП (15 цифр)' })
  ogrn!: string;

  @Field(() => String, { description: 'ФИО представителя' })
  representativeFullName!: string;

  @Field(() => String, { description: 'Электронная почта представителя: туда уйдёт код активации' })
  representativeEmail!: string;
}

@InputType({
  description: 'Представитель, которого сотрудник ЦЗН добавляет уже зарегистрированной организации',
})
export class NewRepresentativeInput {
  @Field(() => String, { description: 'ФИО представителя' })
  fullName!: string;

  @Field(() => String, { description: 'Электронная почта представителя: туда уйдёт код активации' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Контактный телефон, +7 (XXX) XXX-XX-XX' })
  phone?: string | null;
}

export type CheckedOrganization = Pick<Organization, 'name' | 'shortName' | 'inn' | 'kpp' | 'ogrn'>;
export type CheckedRepresentative = Pick<User, 'fullName' | 'phone'> & { email: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The organisation's names and registration numbers, trimmed and checked; the first problem is thrown. */
export function checkOrganization(input: RegisterOrganizationInput): CheckedOrganization {
  const name = input.name.trim();
  const shortName = input.shortName.trim();
  const inn = input.inn.replace(/\s/g, '');
  const kpp = input.kpp?.replace(/\s/g, '').toUpperCase() || null;
  const ogrn = input.ogrn.replace(/\s/g, '');
  if (!name) throw badUserInput('name', 'Укажите полное наименование организации, как в ЕГРЮЛ');
  if (!shortName) throw badUserInput('shortName', 'Укажите сокращённое наименование, например ООО «Ромашка»');
  const [problem] = registrationNumberProblems({ inn, kpp, ogrn });
  if (problem) throw badUserInput(problem.field, problem.message);
  return { name, shortName, inn, kpp, ogrn };
}

/**
 * A representative's name, e-mail and phone, checked; `fields` names the input fields the way the calling
 * operation spells them, so that each error points at its field.
 */
export function checkRepresentative(
  values: { fullName: string; email: string; phone?: string | null | undefined },
  fields: { fullName: string; email: string },
): CheckedRepresentative {
  const fullName = values.fullName.trim().replace(/\s+/g, ' ');
  const email = values.email.trim().toLowerCase();
  if (fullName.split(' ').length < 2)
    throw badUserInput(fields.fullName, 'Укажите фамилию, имя и отчество (если есть) представителя');
  if (!EMAIL.test(email))
    throw badUserInput(
      fields.email,
      'Укажите адрес электронной почты представителя, например ivanov@example.ru: туда уйдёт код активации',
    );
  return { fullName, email, phone: phoneNumber(values.phone) };
}

/** +7 and ten digits from the ways people write a Russian number (+7 (913) 123-45-67, 8 913 123 45 67); empty is null. */
function phoneNumber(value: string | null | undefined): string | null {
  const compact = value?.replace(/[\s()\-.]/g, '') ?? '';
  if (!compact) return null;
  const digits = /^(?:\+7|8|7)(\d{10})$/.exec(compact)?.[1];
  if (!digits)
    throw badUserInput(
      'phone',
      'Укажите телефон представителя в формате +7 (XXX) XXX-XX-XX или оставьте поле пустым',
    );
  return `+7${digits}`;
}
