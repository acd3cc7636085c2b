import { vacancyStatusLabels } from '@czn/ui';
import { Tag } from 'antd';
import type { VacancyStatus } from '../gql/graphql';

export function VacancyStatusTag({ status }: { status: VacancyStatus }) {
  return <Tag color={status === 'ACTIVE' ? 'success' : 'default'}>{vacancyStatusLabels[status]}</Tag>;
}
