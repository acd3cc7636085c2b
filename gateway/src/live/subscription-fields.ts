import type { PlatformEvent } from '@czn/events';
import { forbidden, isStaff, type LiveAudience, type SignedInViewer } from '@czn/kernel';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { readSubscriptions } from '../supergraph';

/**
 * How the gateway serves one subscription field that a subgraph declares (composition writes the
 * declarations into subscriptions.json): which stream carries its events, which query of the owning subgraph
 * renders one event, who may open it and which events are whose.
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

type Audience = Pick<SubscriptionField, 'admit' | 'audienceKey' | 'renderScope'>;

const audiences: Record<LiveAudience, Audience> = {
  owner: {
    admit: () => null,
    audienceKey: (viewer) => `user:${viewer.userId}`,
    renderScope: (viewer) => `user:${viewer.userId}`,
  },
  jobCenterStaff: {
    admit: (viewer) =>
      isStaff(viewer) && viewer.jobCenterId ? null : forbidden('Эта лента доступна только сотрудникам ЦЗН'),
    audienceKey: (viewer) => `jobCenter:${viewer.jobCenterId}`,
    // What staff see is decided by job centre and role, never by who they are.
    renderScope: (viewer) => `staff:${viewer.jobCenterId}:${[...viewer.roles].sort().join(',')}`,
  },
};

const declarations = z.record(
  z.string(),
  z.object({
    subgraph: z.string(),
    stream: z.string(),
    entityType: z.string(),
    eventQuery: z.string(),
    audience: z.enum(Object.keys(audiences) as [LiveAudience, ...LiveAudience[]]),
  }),
);

export const subscriptionFields: Record<string, SubscriptionField> = Object.fromEntries(
  Object.entries(declarations.parse(readSubscriptions())).map(([field, { audience, ...declared }]) => [
    field,
    { ...declared, ...audiences[audience] },
  ]),
);

export const streamsOfSubscriptions = (): string[] => [
  ...new Set(Object.values(subscriptionFields).map((field) => field.stream)),
];
