import type { LiveSubscription } from '@czn/kernel';
import { PERSONAL_CASE_ENTITY, PERSONAL_CASE_STREAM } from './personal-case-event';

const personalCaseEvents = {
  stream: PERSONAL_CASE_STREAM,
  entityType: PERSONAL_CASE_ENTITY,
  eventQuery: 'personalCaseEvent',
};

/** The subscriptions of personal-case-event.resolver.ts, executed by the gateway. */
export const personalCaseSubscriptions: LiveSubscription[] = [
  { field: 'myPersonalCasesUpdated', ...personalCaseEvents, audience: 'owner' },
  { field: 'jobCenterPersonalCasesFeed', ...personalCaseEvents, audience: 'jobCenterStaff' },
];
