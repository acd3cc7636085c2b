import { randomUUID } from 'node:crypto';
import type { PersonalDataAction, PersonalDataKind, Role } from '@czn/kernel';
import { ArrayType, BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../user/user.enums';
import { PersonalDataActionEnum, PersonalDataKindEnum } from './personal-data-audit.enums';

/**
 * One line of the personal-data audit trail (152-ФЗ): who, in which role, when, whose data, which data and
 * through which operation. Rows copied from another subgraph's outbox keep the event they came from, so a
 * copy repeated after a restart adds nothing.
 */
@ObjectType('PersonalDataAccess', { description: 'Запись журнала доступа к персональным данным' })
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['subjectId', 'occurredAt'] })
@Unique({
  name: 'personal_data_access_source_unique',
  properties: ['sourceStream', 'sourceEventId', 'subjectId', 'action'],
})
export class PersonalDataAccessEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => GraphQLISODateTime, { description: 'Когда' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => ID, { description: 'Чьи данные: пользователь портала' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => PersonalDataActionEnum)
  @Property({ type: 'text' })
  action!: PersonalDataAction;

  @Field(() => [PersonalDataKindEnum], { description: 'Какие данные' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  kinds!: PersonalDataKind[];

  @Field(() => ID, { nullable: true, description: 'Кто: пользователь; пусто — не вошедший' })
  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => [RoleEnum], { description: 'В какой роли' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  actorRoles!: Role[];

  @Field(() => ID, { nullable: true, description: 'ЦЗН сотрудника, если это сотрудник' })
  @Property({ type: 'uuid', nullable: true })
  actorJobCenterId!: string | null;

  @Field(() => String, { description: 'Сервис, выдавший или изменивший данные' })
  @Property({ type: 'text' })
  service!: string;

  @Field(() => String, {
    description: 'Операция, как её назовёт человек: «Просмотр обращения 2026-000012», «Вход через Госуслуги»',
  })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Операция GraphQL и её поля, для разбора инцидентов; пусто — не через GraphQL',
  })
  @Property({ type: 'text', nullable: true })
  graphqlOperation!: string | null;

  @Field(() => String, { description: 'Номер запроса в журналах сервисов' })
  @Property({ type: 'text' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Сетевой адрес' })
  @Property({ type: 'text', nullable: true })
  clientAddress!: string | null;

  /** The address of the connection the gateway received: a trusted proxy's, or the same as clientAddress. */
  @Property({ type: 'text', nullable: true })
  peerAddress!: string | null;

  /** The outbox the row was copied from and its event; null for identity's own rows. */
  @Property({ type: 'text', nullable: true })
  sourceStream!: string | null;

  @Property({ type: new BigIntType('string'), nullable: true })
  sourceEventId!: string | null;
}

/** How far identity has copied each subgraph's audit events. */
@Entity({ tableName: 'personal_data_audit_cursor' })
export class PersonalDataAuditCursor {
  @PrimaryKey({ type: 'text' })
  stream!: string;

  @Property({ type: new BigIntType('string') })
  lastEventId!: string;
}
