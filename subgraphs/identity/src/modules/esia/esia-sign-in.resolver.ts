import { badUserInput, type SubgraphContext } from '@czn/kernel';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { SignInResult } from '../auth/sign-in.types';
import { User } from '../user/user.entity';
import { COMPLETION_TTL_MS, hashCode } from './esia-sign-in.service';
import { EsiaSignIn } from './esia-sign-in.entity';

type Context = SubgraphContext<IdentityLoaders>;

/** Starts the signed-in session the same way as the password sign-in does (identity's Sessions). */
export type StartSession = (
  context: Context,
  user: User,
) => Promise<{ accessToken: string; expiresAt: Date }>;

const EXPIRED =
  'Код входа через Госуслуги недействителен или уже использован. Нажмите «Войти через Госуслуги» ещё раз.';

@Resolver()
export class EsiaSignInResolver {
  constructor(private readonly startSession: StartSession) {}

  @Mutation(() => SignInResult, {
    description:
      'Завершает вход через Госуслуги (ЕСИА): обменивает одноразовый код, с которым портал вернул браузер ' +
      'на /signin/esia, на сеанс. Код действует 2 минуты и один раз. Отказ (неподтверждённая учётная запись, ' +
      'несовпадение state или nonce) приходит здесь же ошибкой с объяснением.',
  })
  async completeEsiaSignIn(
    @Arg('code', () => String) code: string,
    @Ctx() context: Context,
  ): Promise<SignInResult> {
    if (!code.trim()) throw badUserInput('code', EXPIRED);
    const { em } = context;
    // One use only: the row is claimed by the update that sets consumed_at.
    const claimed = await em.getConnection().execute<Array<{ id: string }>>(
      `update identity.esia_sign_in set consumed_at = now()
       where completion_code_hash = ? and consumed_at is null and completed_at > ?
       returning id`,
      [hashCode(code.trim()), new Date(Date.now() - COMPLETION_TTL_MS)],
    );
    const id = claimed[0]?.id;
    if (!id) throw new GraphQLError(EXPIRED, { extensions: { code: 'UNAUTHENTICATED' } });
    const attempt = await em.findOneOrFail(EsiaSignIn, id);
    if (attempt.error || !attempt.userId)
      throw new GraphQLError(attempt.error ?? EXPIRED, {
        extensions: { code: attempt.errorCode ?? 'UNAUTHENTICATED' },
      });
    const user = await em.findOneOrFail(User, attempt.userId);
    const started = await this.startSession(context, user);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user };
  }
}
