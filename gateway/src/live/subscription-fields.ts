import type { PlatformEvent } from '@czn/events';
import { forbidden, isStaff, type SignedInViewer } from '@czn/kernel';
import type { GraphQLError } from 'graphql';

/**
 * How the gateway serves one subscription field declared by a subgraph: which stream carries its events,
 * which query of the owning subgraph renders one event, who may open it and which events are whose.
 * Adding a subscription is declaring its field and event type in the subgraph and one entry here.
 */
export interface SubscriptionField {
  stream: string;
  entityType: string;
  /** A query field taking `eventId: ID!` and returning the subscription's type. */
  eventQuery: string;
  admit(viewer: SignedInViewer): GraphQLError | null;
  /** The audience key under which this viewer's events arrive (see `audienceKeys`). */
  audienceKey(viewer: SignedInViewer): string;
  /**
   * Viewers with the same scope see the same message for an event, so one rendering serves them all. It must
   * capture everything the rendered fields' authorization depends on.
   */
  renderScope(viewer: SignedInViewer): string;
}

/** Keys of everyone an event is for: its users, and the staff of its job centres. */
export const audienceKeys = (event: PlatformEvent): string[] => [
  ...event.audience.userIds.map((id) => `user:${id}`),
  ...event.audience.jobCenterIds.map((id) => `jobCenter:${id}`),
];

export const subscriptionFields: Record<string, SubscriptionField> = {
  appealUpdated: {
    stream: 'citizen',
    entityType: 'Appeal',
    eventQuery: 'appealEvent',
    admit: () => null,
    audienceKey: (viewer) => `user:${viewer.userId}`,
    renderScope: (viewer) => `user:${viewer.userId}`,
  },
  jobCenterAppealsFeed: {
    stream: 'citizen',
    entityType: 'Appeal',
    eventQuery: 'appealEvent',
    admit: (viewer) =>
      isStaff(viewer) && viewer.jobCenterId
        ? null
        : forbidden('Лента обращений доступна только сотрудникам ЦЗН'),
    audienceKey: (viewer) => `jobCenter:${viewer.jobCenterId}`,
    // Appeals, applicants and job centres are shown to staff by job centre and role, never by who they are.
    renderScope: (viewer) => `staff:${viewer.jobCenterId}:${[...viewer.roles].sort().join(',')}`,
  },
};

export const streamsOfSubscriptions = (): string[] => [
  ...new Set(Object.values(subscriptionFields).map((field) => field.stream)),
];
