import { badUserInput } from '@czn/kernel';
import { Field, ID, InputType } from 'type-graphql';
import { PersonalCaseStatus } from './personal-case.enums';

@InputType({ description: 'Открытие личного дела гражданина в ЦЗН сотрудника' })
export class OpenPersonalCaseInput {
  @Field(() => ID, { description: 'Гражданин, найденный по СНИЛС или ФИО' })
  citizenId!: string;

  @Field(() => PersonalCaseStatus, { description: 'Ищущий работу или безработный' })
  status!: PersonalCaseStatus;

  @Field(() => String, { description: 'Дата открытия, ГГГГ-ММ-ДД; не позже сегодняшней' })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: 'Номер лицевого счёта, если счёт открыт' })
  personalAccountNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ключ повтора: то же открытие с тем же ключом вернёт уже открытое дело',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Личное дело, открываемое при исполнении обращения о содействии в поиске работы' })
export class OpenPersonalCaseOnCompletionInput {
  @Field(() => PersonalCaseStatus, { description: 'Ищущий работу или безработный' })
  status!: PersonalCaseStatus;

  @Field(() => String, { description: 'Дата открытия, ГГГГ-ММ-ДД; не позже сегодняшней' })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: 'Номер лицевого счёта, если счёт открыт' })
  personalAccountNumber?: string | null;
}

const OPEN_STATUSES: readonly PersonalCaseStatus[] = [
  PersonalCaseStatus.JOB_SEEKER,
  PersonalCaseStatus.UNEMPLOYED,
];

/** A status an open case may have: closing is its own step, with a reason. */
export function openStatus(field: string, status: PersonalCaseStatus): PersonalCaseStatus {
  if (!OPEN_STATUSES.includes(status))
    throw badUserInput(
      field,
      'Выберите статус «Ищущий работу» или «Безработный»; закрытие — отдельное действие',
    );
  return status;
}

/** Today's date where it is latest in Russia (UTC+12), so that no centre's today is refused. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 12 * 3600_000).toISOString().slice(0, 10);
}

/** A calendar date YYYY-MM-DD that is not in the future. */
export function pastDate(field: string, value: string, now = new Date()): string {
  const trimmed = value.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== trimmed)
    throw badUserInput(field, 'Укажите дату в формате ГГГГ-ММ-ДД, например 2026-12-05');
  if (trimmed > latestToday(now)) throw badUserInput(field, 'Дата не может быть позже сегодняшней');
  if (trimmed < '1991-01-01') throw badUserInput(field, 'Дата не может быть раньше 1991 года');
  return trimmed;
}

/** A personal account number: 6 to 20 digits; spaces and hyphens people type between groups are dropped. */
export function personalAccountNumber(field: string, value: string | null | undefined): string | null {
  const compact = value?.replace(/[\s-]/g, '') ?? '';
  if (!compact) return null;
  if (!/^\d{6,20}$/.test(compact))
    throw badUserInput(field, 'Номер лицевого счёта — от 6 до 20 цифр, например 40817810000000012345');
  return compact;
}
