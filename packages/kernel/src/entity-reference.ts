import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The stub of an entity another subgraph owns, referenced by key: a field returns `{ id }` and the gateway
 * fetches the rest from the owner. Use it as `export const UserRef = entityReference('User');` and
 * `export type UserRef = InstanceType<typeof UserRef>;`.
 */
export function entityReference(typeName: string) {
  @ObjectType(typeName)
  @Directive('@key(fields: "id", resolvable: false)')
  class EntityReference {
    @Field(() => ID)
    id!: string;
  }
  return EntityReference;
}
