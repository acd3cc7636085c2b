import type { SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import type { SignInService } from './sign-in.service';
import { SignInResult } from './sign-in.types';

@Resolver()
export class SignInResolver {
  constructor(private readonly service: SignInService) {}

  @Mutation(() => SignInResult, {
    description:
      'Вход по логину и паролю портала. Ставит cookie обновления сеанса (через шлюз). ' +
      'После 5 неудачных попыток за 15 минут вход для логина (и после 20 — для адреса) закрывается на 15 минут. ' +
      'В промышленной среде граждане входят только через ЕСИА.',
  })
  signIn(
    @Arg('login', () => String) login: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: SubgraphContext<IdentityLoaders>,
  ): Promise<SignInResult> {
    return this.service.signIn(context, login, password);
  }
}
