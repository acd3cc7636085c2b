import type { SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { SignInResult } from '../auth/sign-in.types';
import type { EsiaSignIns } from './esia-sign-in.service';

@Resolver()
export class EsiaSignInResolver {
  constructor(private readonly signIns: EsiaSignIns) {}

  @Mutation(() => SignInResult, {
    description:
      'Завершает вход через Госуслуги (ЕСИА): обменивает одноразовый код, с которым портал вернул браузер ' +
      'на /signin/esia, на сеанс. Код действует 2 минуты и один раз. Отказ (неподтверждённая учётная запись, ' +
      'несовпадение state или nonce) приходит здесь же ошибкой с объяснением.',
  })
  completeEsiaSignIn(
    @Arg('code', () => String) code: string,
    @Ctx() context: SubgraphContext<IdentityLoaders>,
  ): Promise<SignInResult> {
    return this.signIns.complete(context, code);
  }
}
