import { badUserInput, isUuid, TextInput } from '@czn/kernel';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Направление гражданина в ведомство-партнёр' })
export class ReferToPartnerInput {
  @Field(() => ID, { description: 'Гражданин (пользователь портала)' })
  personId!: string;

  @Field(() => ID, { description: 'Ведомство-партнёр, которому адресовано направление' })
  agencyId!: string;

  @Field(() => String, { description: 'Цель направления, до 2000 символов' })
  @TextInput({ maxLength: 2000, multiLine: true })
  purpose!: string;

  @Field(() => ID, { nullable: true, description: 'Жизненная ситуация, в которой направляется гражданин' })
  lifeSituationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ключ повтора: то же направление с тем же ключом вернёт уже созданное',
  })
  idempotencyKey?: string | null;
}

export function requireUuid(field: string, value: string, message: string): string {
  if (!isUuid(value)) throw badUserInput(field, message);
  return value.toLowerCase();
}

/** Trimmed text of at most `max` characters; empty is null, or an error with `required` when given. */
export function text(
  field: string,
  value: string | null | undefined,
  max: number,
  required: string | null,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badUserInput(field, required);
    return null;
  }
  if (trimmed.length > max) throw badUserInput(field, `Не длиннее ${max} символов: сократите текст`);
  return trimmed;
}
