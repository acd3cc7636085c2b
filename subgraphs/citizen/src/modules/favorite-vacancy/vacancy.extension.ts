import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The employer subgraph's vacancy as citizen extends it: citizen knows only its key and adds whether the
 * signed-in citizen keeps it in favourites.
 */
@ObjectType('Vacancy')
@Directive('@key(fields: "id")')
export class Vacancy {
  @Field(() => ID)
  id!: string;
}
