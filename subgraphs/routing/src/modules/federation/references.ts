import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's User, referenced by key. */
@ObjectType('User')
@Directive('@key(fields: "id", resolvable: false)')
export class UserRef {
  @Field(() => ID)
  id!: string;
}

/** identity's PartnerAgency, referenced by key. */
@ObjectType('PartnerAgency')
@Directive('@key(fields: "id", resolvable: false)')
export class PartnerAgencyRef {
  @Field(() => ID)
  id!: string;
}

/** scheduling's JobCenter, referenced by key. */
@ObjectType('JobCenter')
@Directive('@key(fields: "id", resolvable: false)')
export class JobCenterRef {
  @Field(() => ID)
  id!: string;
}
