import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/**
 * A job centre's temporary access to a person it has no relationship with (no appeal, no referral), granted on
 * its administrator's request with a reason; the request is a row of the person's trail.
 */
@ObjectType({ description: 'Временный доступ ЦЗН к данным человека, запрошенный с обоснованием' })
@Entity({ tableName: 'personal_data_access_grant' })
@Index({
  name: 'personal_data_access_grant_subject_index',
  properties: ['subjectId', 'jobCenterId', 'expiresAt'],
})
export class PersonalDataAccessGrant {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'Чьи данные: пользователь портала' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ID, { description: 'ЦЗН, которому открыт доступ' })
  @Property({ type: 'uuid' })
  jobCenterId!: string;

  @Field(() => ID, { description: 'Кто запросил' })
  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Field(() => String, { description: 'Обоснование' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  grantedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'До какого времени доступ открыт' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}
