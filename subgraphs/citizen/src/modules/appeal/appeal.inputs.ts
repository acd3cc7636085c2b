import { badUserInput, isUuid, TextInput } from '@czn/kernel';
import { Field, ID, InputType } from 'type-graphql';
import { ApplicationFieldValue } from '../application-form/application-form.inputs';
import { AppealType } from './appeal.enums';

@InputType({ description: 'Заявление на услугу' })
export class SubmitAppealInput {
  @Field(() => AppealType)
  type!: AppealType;

  @Field(() => ID, { description: 'ЦЗН, в который подаётся обращение' })
  jobCenterId!: string;

  @Field(() => String, {
    description:
      'Контактный телефон, например +7 (913) 123-45-67 или 8 913 123 45 67; сохраняется как +79131234567',
  })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Адрес электронной почты для связи' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Комментарий заявителя, до 2000 символов' })
  @TextInput({ maxLength: 2000, multiLine: true })
  comment?: string | null;

  @Field(() => [ApplicationFieldValue], {
    nullable: true,
    description:
      'Ответы на поля формы заявления (applicationForm), кроме тех, что передаются своими полями (inputField)',
  })
  fields?: ApplicationFieldValue[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ключ повтора: та же подача с тем же ключом вернёт уже созданное обращение',
  })
  idempotencyKey?: string | null;
}

export function requireUuid(field: string, value: string, what: string): string {
  if (!isUuid(value)) throw badUserInput(field, `${what}: неверный идентификатор`);
  return value.toLowerCase();
}

/** Trimmed text within a limit; empty becomes null unless required. */
export function text(field: string, value: string | null | undefined, max: number, required: string | null) {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badUserInput(field, required);
    return null;
  }
  if (trimmed.length > max) throw badUserInput(field, `Не больше ${max} символов (сейчас ${trimmed.length})`);
  return trimmed;
}

const PHONE_FORMAT = 'Укажите телефон в формате +7 (XXX) XXX-XX-XX';
const EMAIL_FORMAT = 'Проверьте адрес электронной почты, например ivanov@mail.ru';

/**
 * A Russian phone number as people write it (+7 (913) 123-45-67, 8 913 123 45 67, 89131234567) in one form:
 * +7 and ten digits. Ten digits without +7 or 8 are refused: a dropped digit would pass for a number.
 */
export function phoneNumber(field: string, value: string): string {
  const compact = value.trim().replace(/[\s()\-.]/g, '');
  const digits = /^(?:\+7|8|7)(\d{10})$/.exec(compact)?.[1];
  if (!digits) throw badUserInput(field, PHONE_FORMAT);
  return `+7${digits}`;
}

/** An e-mail address, trimmed; empty becomes null. */
export function emailAddress(field: string, value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > 254 || !/^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/.test(trimmed))
    throw badUserInput(field, EMAIL_FORMAT);
  return trimmed;
}
