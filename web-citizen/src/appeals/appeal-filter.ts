import { appealStatusLabels, citizenServiceLabels } from '@czn/ui';
import type { AppealRowFragment, AppealStatus } from '../gql/graphql';

export interface AppealFilter {
  text: string;
  status: AppealStatus | null;
}

/** «Мои обращения» filtered by a status and by words of the number, service or job centre. */
export function filterAppeals(
  appeals: AppealRowFragment[],
  { text, status }: AppealFilter,
): AppealRowFragment[] {
  const words = text.toLocaleLowerCase('ru').split(/\s+/).filter(Boolean);
  return appeals.filter((appeal) => {
    if (status && appeal.status !== status) return false;
    const haystack = [
      appeal.number,
      citizenServiceLabels[appeal.type],
      appeal.jobCenter?.name,
      appealStatusLabels[appeal.status],
    ]
      .join(' ')
      .toLocaleLowerCase('ru');
    return words.every((word) => haystack.includes(word));
  });
}
