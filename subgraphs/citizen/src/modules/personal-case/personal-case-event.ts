import { recordEvent, type OutboxEvent } from '@czn/events';
import type { EntityManager } from '@czn/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { PersonalCaseChangeKind, PersonalCaseStatus } from './personal-case.enums';
import type { PersonalCase } from './personal-case.entity';

export const PERSONAL_CASE_STREAM = 'citizen';
export const PERSONAL_CASE_ENTITY = 'PersonalCase';

@ObjectType({ description: 'Изменение личного дела, как его видят подписчики' })
export class PersonalCaseEvent {
  @Field(() => ID, {
    description: 'Возрастающий номер события; передайте его в sinceEventId при переподключении',
  })
  eventId!: string;

  @Field(() => PersonalCaseChangeKind)
  type!: PersonalCaseChangeKind;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => PersonalCaseStatus, { description: 'Статус, в котором дело оказалось после события' })
  status!: PersonalCaseStatus;

  personalCaseId!: string;
}

/** Writes the case's event in the transaction of the change; the citizen and that centre's staff see it. */
export function recordPersonalCaseEvent(
  em: EntityManager,
  personalCase: PersonalCase,
  type: PersonalCaseChangeKind,
): Promise<OutboxEvent> {
  return recordEvent(em, PERSONAL_CASE_STREAM, {
    type,
    entityType: PERSONAL_CASE_ENTITY,
    entityId: personalCase.id,
    audience: { userIds: [personalCase.citizenId], jobCenterIds: [personalCase.jobCenterId] },
    data: { status: personalCase.status },
    occurredAt: personalCase.updatedAt,
  });
}

export function personalCaseEventFrom(row: OutboxEvent): PersonalCaseEvent {
  return {
    eventId: row.id,
    type: row.type as PersonalCaseChangeKind,
    occurredAt: row.occurredAt,
    status: row.data['status'] as PersonalCaseStatus,
    personalCaseId: row.entityId,
  };
}
