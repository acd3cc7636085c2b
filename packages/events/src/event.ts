/** Who may receive an event: these users, and staff of these job centres. */
export interface EventAudience {
  userIds: string[];
  jobCenterIds: string[];
}

/** One committed change, as every reader of a stream sees it. */
export interface PlatformEvent {
  /** Increasing within its stream; a decimal string of a bigint. */
  id: string;
  /** The subgraph whose outbox the event comes from. */
  stream: string;
  type: string;
  entityType: string;
  entityId: string;
  audience: EventAudience;
  occurredAt: string;
  /** What the event says beyond the entity key (the outbox's `data`). */
  data?: Record<string, unknown>;
}

export const streamChannel = (stream: string) => `czn_events_${stream.replace('.', '__')}`;
export const streamKey = (prefix: string, stream: string) => `${prefix}:${stream}`;
