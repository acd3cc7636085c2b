import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Географические координаты (WGS 84)' })
export class Coordinates {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType({ description: 'Центр занятости населения (ЦЗН)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'job_center' })
export class JobCenter {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  city!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { description: 'Режим работы' })
  @Property({ type: 'text' })
  workingHours!: string;

  @Field(() => Coordinates)
  get coordinates(): Coordinates {
    return { latitude: this.latitude, longitude: this.longitude };
  }
}
