import type { SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Directive, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { SignInResult } from '../auth/sign-in.types';
import type { EsiaSignIns } from './esia-sign-in.service';

type Context = SubgraphContext<IdentityLoaders>;

@Directive('@inaccessible')
@ObjectType({ description: 'Начатый вход через Госуслуги' })
export class EsiaSignInStart {
  @Field(() => String, { description: 'Номер попытки: шлюз хранит его в cookie браузера' })
  attempt!: string;

  @Field(() => String, { description: 'Адрес Госуслуг, куда шлюз отправляет браузер' })
  location!: string;
}

/**
 * Signing in through Gosuslugi: three calls only the gateway makes (`@inaccessible`) for its `/auth/esia/start`,
 * `/auth/esia/callback` and `/auth/esia/complete`, with the attempt id of the browser's cookie.
 */
@Resolver()
export class EsiaSignInResolver {
  constructor(private readonly signIns: EsiaSignIns) {}

  @Directive('@inaccessible')
  @Mutation(() => EsiaSignInStart, {
    description:
      'Только для шлюза: начинает вход через Госуслуги. callbackUrl — куда Госуслуги вернут браузер, если ' +
      'адрес не задан настройкой (только вне промышленной среды).',
  })
  startEsiaSignIn(
    @Arg('employer', () => Boolean) employer: boolean,
    @Arg('callbackUrl', () => String) callbackUrl: string,
    @Ctx() context: Context,
  ): Promise<EsiaSignInStart> {
    return this.signIns.start(context, employer ? 'employer' : 'citizen', callbackUrl);
  }

  @Directive('@inaccessible')
  @Mutation(() => String, {
    description:
      'Только для шлюза: Госуслуги вернули браузер. Возвращает одноразовый код, с которым браузер попадает ' +
      'на /signin/esia, каким бы ни был исход.',
  })
  finishEsiaSignIn(
    @Arg('attempt', () => String, { nullable: true }) attempt: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('state', () => String, { nullable: true }) state: string | null,
    @Arg('error', () => String, { nullable: true }) error: string | null,
    @Ctx() context: Context,
  ): Promise<string> {
    return this.signIns.finish(context, attempt, { code, state, error });
  }

  @Directive('@inaccessible')
  @Mutation(() => SignInResult, {
    description:
      'Только для шлюза: обменивает одноразовый код на сеанс. Код действует 2 минуты, один раз и только в том ' +
      'браузере, который начал вход (attempt из его cookie). Отказ (неподтверждённая учётная запись, ' +
      'несовпадение state или nonce, другой браузер) приходит здесь же ошибкой с объяснением.',
  })
  completeEsiaSignIn(
    @Arg('code', () => String) code: string,
    @Arg('attempt', () => String, { nullable: true }) attempt: string | null,
    @Ctx() context: Context,
  ): Promise<SignInResult> {
    return this.signIns.complete(context, code, attempt);
  }
}
