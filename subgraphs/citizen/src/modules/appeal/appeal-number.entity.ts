import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last appeal number issued in a year; numbers restart at 000001 each year. */
@Entity({ tableName: 'appeal_number_counter' })
export class AppealNumberCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
