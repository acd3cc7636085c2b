/**
 * Who receives a subscription's events: `owner`, the users an event names (a citizen's own appeals);
 * `jobCenterStaff`, the staff of the job centres it names. The gateway admits, routes and shares renderings
 * by it.
 */
export type LiveAudience = 'owner' | 'jobCenterStaff';

/**
 * A subscription the gateway executes for the subgraph that declares its field: the events of `stream` about
 * `entityType`, each rendered with the subscriber's selection through `eventQuery` (a query field taking
 * `eventId: ID!` that returns the subscription's type). Composition writes these for the gateway.
 */
export interface LiveSubscription {
  field: string;
  stream: string;
  entityType: string;
  eventQuery: string;
  audience: LiveAudience;
}
