import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The scheduling subgraph's JobCenter as employer knows it: only the key, resolved by scheduling. */
@ObjectType('JobCenter')
@Directive('@key(fields: "id", resolvable: false)')
export class JobCenterRef {
  @Field(() => ID)
  id!: string;
}
