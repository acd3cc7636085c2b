import { appealStatusLabels, citizenServiceLabels } from '@czn/ui';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DeskAppealRowFragment, AppealStatus, AppealType } from '../gql/graphql';

/** Which appeals the list shows; kept in the address as `?status=…&service=…`. */
export interface AppealFilter {
  status: AppealStatus | null;
  type: AppealType | null;
}

/** The services an appeal can be for: this fails to compile when the schema adds one. */
const appealTypes: Record<AppealType, true> = {
  JOB_SEARCH_ASSISTANCE: true,
  LABOR_MARKET_INFO: true,
  CAREER_GUIDANCE: true,
  PUBLIC_WORKS: true,
  TEMPORARY_EMPLOYMENT: true,
  VOCATIONAL_TRAINING: true,
  SELF_EMPLOYMENT_SUPPORT: true,
};

export const statusOptions = (Object.keys(appealStatusLabels) as AppealStatus[]).map((value) => ({
  value,
  label: appealStatusLabels[value],
}));

export const serviceOptions = (Object.keys(appealTypes) as AppealType[]).map((value) => ({
  value,
  label: citizenServiceLabels[value],
}));

const isStatus = (value: string | null): value is AppealStatus =>
  value !== null && Object.hasOwn(appealStatusLabels, value);
const isType = (value: string | null): value is AppealType =>
  value !== null && Object.hasOwn(appealTypes, value);

export function matchesFilter(
  appeal: Pick<DeskAppealRowFragment, 'status' | 'type'>,
  filter: AppealFilter,
): boolean {
  return (!filter.status || appeal.status === filter.status) && (!filter.type || appeal.type === filter.type);
}

/** The filter in the address; an unknown value there means no filter. */
export function useAppealFilter(): [AppealFilter, (filter: AppealFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const type = params.get('service');
  const filter = useMemo(
    () => ({ status: isStatus(status) ? status : null, type: isType(type) ? type : null }),
    [status, type],
  );
  const setFilter = useCallback(
    (next: AppealFilter) => {
      const params = new URLSearchParams();
      if (next.status) params.set('status', next.status);
      if (next.type) params.set('service', next.type);
      setParams(params, { replace: true });
    },
    [setParams],
  );
  return [filter, setFilter];
}
