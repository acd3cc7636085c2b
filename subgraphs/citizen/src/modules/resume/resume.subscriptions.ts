import type { LiveSubscription } from '@czn/kernel';
import { RESUME_ENTITY, RESUME_STREAM } from './resume-event';

const resumeEvents = { stream: RESUME_STREAM, entityType: RESUME_ENTITY, eventQuery: 'resumeEvent' };

/** The subscriptions of resume-event.resolver.ts, executed by the gateway. */
export const resumeSubscriptions: LiveSubscription[] = [
  { field: 'resumeUpdated', ...resumeEvents, audience: 'owner' },
  { field: 'jobCenterResumesFeed', ...resumeEvents, audience: 'jobCenterStaff' },
];
