import type { SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import type { SignInUnlocks } from './sign-in-unlock';
import type { SignInService } from './sign-in.service';
import { SignInResult } from './sign-in.types';

@Resolver()
export class SignInResolver {
  constructor(
    private readonly service: SignInService,
    private readonly unlocks: SignInUnlocks,
  ) {}

  @Mutation(() => SignInResult, {
    description:
      'Вход по логину и паролю портала. Ставит cookie обновления сеанса (через шлюз). ' +
      'После 5 неудачных попыток за 15 минут вход с этим логином с этого адреса (и после 20 — всякий вход с адреса) ' +
      'закрывается на 15 минут; владельцу логина уходит письмо со ссылкой, которая снимает блокировку. ' +
      'В промышленной среде граждане входят только через ЕСИА.',
  })
  signIn(
    @Arg('login', () => String) login: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: SubgraphContext<IdentityLoaders>,
  ): Promise<SignInResult> {
    return this.service.signIn(context, login, password);
  }

  @Mutation(() => String, {
    description:
      'Снимает блокировку входа по ссылке из письма (параметр unlock страницы входа); ссылка действует один раз. ' +
      'Возвращает, что сказать человеку',
  })
  unlockSignIn(
    @Arg('token', () => String) token: string,
    @Ctx() { em }: SubgraphContext<IdentityLoaders>,
  ): Promise<string> {
    return this.unlocks.unlock(em, token);
  }
}
