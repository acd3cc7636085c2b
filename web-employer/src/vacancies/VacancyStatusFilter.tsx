import { Radio } from 'antd';
import type { VacancyStatus } from '../gql/graphql';

export type VacancyStatusChoice = VacancyStatus | 'ALL';

const choices: { value: VacancyStatusChoice; label: string }[] = [
  { value: 'ALL', label: 'Все' },
  { value: 'ACTIVE', label: 'Активные' },
  { value: 'WITHDRAWN', label: 'Снятые' },
];

export const parseStatusChoice = (value: string | null): VacancyStatusChoice =>
  choices.find((choice) => choice.value === value)?.value ?? 'ALL';

export function VacancyStatusFilter({
  value,
  onChange,
}: {
  value: VacancyStatusChoice;
  onChange(value: VacancyStatusChoice): void;
}) {
  return (
    <Radio.Group
      aria-label="Какие вакансии показать"
      optionType="button"
      buttonStyle="solid"
      options={choices}
      value={value}
      onChange={(event) => onChange(event.target.value as VacancyStatusChoice)}
    />
  );
}
