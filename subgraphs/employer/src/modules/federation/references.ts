import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** scheduling's JobCenter, referenced by key. */
@ObjectType('JobCenter')
@Directive('@key(fields: "id", resolvable: false)')
export class JobCenterRef {
  @Field(() => ID)
  id!: string;
}
