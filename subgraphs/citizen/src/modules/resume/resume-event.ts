import { recordEvent, type OutboxEvent } from '@czn/events';
import type { EntityManager } from '@czn/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ResumeEventType, ResumeStatus } from './resume.enums';
import type { Resume } from './resume.entity';

export const RESUME_STREAM = 'citizen';
export const RESUME_ENTITY = 'Resume';

@ObjectType({ description: 'Изменение резюме, как его видят подписчики' })
export class ResumeEvent {
  @Field(() => ID, {
    description: 'Возрастающий номер события; передайте его в sinceEventId при переподключении',
  })
  eventId!: string;

  @Field(() => ResumeEventType)
  type!: ResumeEventType;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ResumeStatus, { description: 'Статус, в котором резюме оказалось с этим событием' })
  status!: ResumeStatus;

  resumeId!: string;
}

/** Writes the resume's event in the transaction of the change; the owner and that job centre's staff see it. */
export function recordResumeEvent(
  em: EntityManager,
  resume: Resume,
  type: ResumeEventType,
): Promise<OutboxEvent> {
  return recordEvent(em, RESUME_STREAM, {
    type,
    entityType: RESUME_ENTITY,
    entityId: resume.id,
    audience: { userIds: [resume.ownerId], jobCenterIds: [resume.jobCenterId] },
    data: { status: resume.status },
    occurredAt: resume.updatedAt,
  });
}

export function resumeEventFrom(row: OutboxEvent): ResumeEvent {
  return {
    eventId: row.id,
    type: row.type as ResumeEventType,
    occurredAt: row.occurredAt,
    status: row.data['status'] as ResumeStatus,
    resumeId: row.entityId,
  };
}
