import type { LiveSubscription } from '@czn/kernel';
import { APPEAL_ENTITY, APPEAL_STREAM } from './appeal-event';

const appealEvents = { stream: APPEAL_STREAM, entityType: APPEAL_ENTITY, eventQuery: 'appealEvent' };

/** The subscriptions of appeal-event.resolver.ts, executed by the gateway. */
export const appealSubscriptions: LiveSubscription[] = [
  { field: 'appealUpdated', ...appealEvents, audience: 'owner' },
  { field: 'jobCenterAppealsFeed', ...appealEvents, audience: 'jobCenterStaff' },
];
