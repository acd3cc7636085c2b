import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';

@ObjectType({ description: 'Результат входа' })
export class SignInResult {
  @Field(() => String, { description: 'Токен доступа (Bearer), действует до expiresAt' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
