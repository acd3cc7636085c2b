import { badUserInput, unauthenticated, type SubgraphContext } from '@czn/kernel';
import { verify } from '@node-rs/argon2';
import { Arg, Ctx, Field, GraphQLISODateTime, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import type { AccessTokens } from './access-tokens';

@ObjectType({ description: 'Результат входа' })
class SignInResult {
  @Field(() => String, { description: 'Токен доступа (Bearer), действует до expiresAt' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

const WRONG_CREDENTIALS = 'Неверный логин или пароль. Проверьте раскладку и Caps Lock.';

@Resolver()
export class SignInResolver {
  constructor(private readonly tokens: AccessTokens) {}

  @Mutation(() => SignInResult, { description: 'Вход по логину и паролю портала' })
  async signIn(
    @Arg('login', () => String) login: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em }: SubgraphContext<IdentityLoaders>,
  ): Promise<SignInResult> {
    if (!login.trim()) throw badUserInput('login', 'Введите логин');
    if (!password) throw badUserInput('password', 'Введите пароль');
    const user = await em.findOne(
      User,
      { login: login.trim().toLowerCase() },
      { populate: ['passwordHash'] },
    );
    if (!user?.passwordHash || !(await verify(user.passwordHash, password)))
      throw unauthenticated(WRONG_CREDENTIALS);
    return { ...(await this.tokens.issue(em, user)), user };
  }
}
