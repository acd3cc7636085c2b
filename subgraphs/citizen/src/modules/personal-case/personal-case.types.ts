import { Field, ObjectType } from 'type-graphql';
import { PersonalCase } from './personal-case.entity';

/**
 * That a citizen has an open case at another centre, and nothing more: the centre's name tells the
 * registrar where the person is registered; the status (unemployment) and dates are that centre's business.
 */
@ObjectType({ description: 'Открытое личное дело гражданина в другом ЦЗН, без подробностей' })
export class PersonalCaseElsewhere {
  jobCenterId!: string;
}

@ObjectType({ description: 'Личные дела гражданина, как их видит сотрудник ЦЗН' })
export class CitizenPersonalCases {
  @Field(() => [PersonalCase], { description: 'Личные дела в ЦЗН сотрудника, все, с подробностями' })
  here!: PersonalCase[];

  @Field(() => [PersonalCaseElsewhere], { description: 'Открытые личные дела в других ЦЗН' })
  elsewhere!: PersonalCaseElsewhere[];
}
