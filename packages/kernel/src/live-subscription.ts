import { OutboxEvent } from '@czn/events';
import { notFound } from './errors';
import { isUuid } from './loaders';
import type { EntityManager } from './orm';

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

export const EVENT_NOT_FOUND = 'Событие не найдено';

/** The description of every subscription's `sinceEventId` argument. */
export const SINCE_EVENT_ID =
  'Номер последнего полученного события: сначала придут все более поздние, затем новые';

/** The body of a declared subscription field: the gateway runs it, a subgraph never does. */
export function runByGateway(): never {
  throw new Error('Подписки выполняет шлюз');
}

/**
 * The event an event query renders: the outbox row of `eventId` when it is about an entity of `entityType`
 * that `canSee` lets the viewer see; otherwise NOT_FOUND, so that other people's events do not exist.
 */
export async function visibleEvent<T extends object>(
  em: EntityManager,
  eventId: string,
  entityType: string,
  load: (id: string) => Promise<T | null | undefined>,
  canSee: (entity: T) => boolean,
): Promise<OutboxEvent> {
  const row = /^\d{1,18}$/.test(eventId) ? await em.findOne(OutboxEvent, { id: eventId, entityType }) : null;
  const entity = row && isUuid(row.entityId) ? await load(row.entityId) : null;
  if (!row || !entity || !canSee(entity)) throw notFound(EVENT_NOT_FOUND);
  return row;
}
