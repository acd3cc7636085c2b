import { badUserInput, isUuid } from '@czn/kernel';
import { Field, ID, InputType } from 'type-graphql';
import { AppealType } from './appeal-enums';

@InputType({ description: 'Заявление на услугу' })
export class SubmitAppealInput {
  @Field(() => AppealType)
  type!: AppealType;

  @Field(() => ID, { description: 'ЦЗН, в который подаётся обращение' })
  jobCenterId!: string;

  @Field(() => String, { nullable: true, description: 'Комментарий заявителя, до 2000 символов' })
  comment?: string | null;

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
