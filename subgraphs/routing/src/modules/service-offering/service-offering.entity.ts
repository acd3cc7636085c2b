import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LifeSituation } from '../life-situation/life-situation.entity';
import { MandatoryMark, ServiceOfferingKind, ServiceOfferingType } from './service-offering.enums';

@ObjectType({ description: 'Строка каталога услуг (сервисов) жизненной ситуации' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'service_offering' })
@Unique({ properties: ['lifeSituation', 'code'] })
export class ServiceOffering {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => LifeSituation, { deleteRule: 'cascade' })
  lifeSituation!: LifeSituation;

  @Field(() => String, { description: 'Код строки, постоянный в пределах жизненной ситуации' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Int, { description: 'Порядковый номер в каталоге, с 1' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => ServiceOfferingType)
  @Enum({ items: () => ServiceOfferingType, type: 'text' })
  type!: ServiceOfferingType;

  @Field(() => ServiceOfferingKind)
  @Enum({ items: () => ServiceOfferingKind, type: 'text' })
  kind!: ServiceOfferingKind;

  @Field(() => String, { description: 'Тип поставщика' })
  @Property({ type: 'text' })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Срок исполнения; не задан — определяет специалист ЦЗН',
  })
  @Property({ type: 'text', nullable: true })
  deadline: string | null = null;

  @Field(() => MandatoryMark)
  @Enum({ items: () => MandatoryMark, type: 'text' })
  mandatory!: MandatoryMark;
}
