import { recordEvent, type OutboxEvent } from '@czn/events';
import type { EntityManager } from '@czn/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { AppealEventType, AppealStatus } from './appeal.enums';
import type { Appeal } from './appeal.entity';

export const APPEAL_STREAM = 'citizen';
export const APPEAL_ENTITY = 'Appeal';

@ObjectType({ description: 'Изменение обращения, как его видят подписчики' })
export class AppealEvent {
  @Field(() => ID, {
    description: 'Возрастающий номер события; передайте его в sinceEventId при переподключении',
  })
  eventId!: string;

  @Field(() => AppealEventType)
  type!: AppealEventType;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => AppealStatus, { description: 'Статус, в который обращение перешло с этим событием' })
  status!: AppealStatus;

  appealId!: string;
}

/** Writes the appeal's event in the transaction of the change; the applicant and that job centre's staff see it. */
export function recordAppealEvent(
  em: EntityManager,
  appeal: Appeal,
  type: AppealEventType,
): Promise<OutboxEvent> {
  return recordEvent(em, APPEAL_STREAM, {
    type,
    entityType: APPEAL_ENTITY,
    entityId: appeal.id,
    audience: { userIds: [appeal.applicantId], jobCenterIds: [appeal.jobCenterId] },
    data: { status: appeal.status },
    occurredAt: appeal.updatedAt,
  });
}

export function appealEventFrom(row: OutboxEvent): AppealEvent {
  return {
    eventId: row.id,
    type: row.type as AppealEventType,
    occurredAt: row.occurredAt,
    status: row.data['status'] as AppealStatus,
    appealId: row.entityId,
  };
}
