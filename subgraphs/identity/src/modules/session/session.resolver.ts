import { notFound, requireUser, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { SignInResult } from '../auth/sign-in.types';
import { Session } from './session.entity';
import type { Sessions } from './sessions';

type Context = SubgraphContext<IdentityLoaders>;

/**
 * The signed-in person's sessions (settings: «Активные сеансы»), and the two calls only the gateway makes
 * (`@inaccessible`: not in the client schema) for its `/auth/refresh` and `/auth/sign-out`.
 */
@Resolver(() => Session)
export class SessionResolver {
  constructor(private readonly sessions: Sessions) {}

  @Query(() => [Session], {
    description: 'Активные сеансы вошедшего пользователя: последний использованный первым',
  })
  mySessions(@Ctx() { em, viewer }: Context): Promise<Session[]> {
    return this.sessions.active(em, requireUser(viewer).userId);
  }

  @FieldResolver(() => Boolean, { description: 'Сеанс, из которого сделан этот запрос' })
  current(@Root() session: Session, @Ctx() { viewer }: Context): boolean {
    return viewer.kind === 'user' && viewer.sessionId === session.id;
  }

  @Mutation(() => Boolean, {
    description:
      'Завершает один свой сеанс: его токены обновления и доступа перестают действовать ' +
      '(токен доступа — не позже чем через полминуты)',
  })
  async signOutSession(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<boolean> {
    const { userId } = requireUser(viewer);
    const ended = await this.sessions.revoke(em, { id, user: userId }, 'SIGN_OUT');
    if (!ended) throw notFound('Сеанс не найден или уже завершён. Обновите список сеансов.');
    return true;
  }

  @Mutation(() => Int, {
    description:
      'Выход на всех устройствах: завершает все сеансы пользователя, этот тоже; возвращает их число. ' +
      'Выданные токены доступа перестают приниматься не позже чем через полминуты',
  })
  signOutEverywhere(@Ctx() { em, viewer }: Context): Promise<number> {
    return this.sessions.revoke(em, { user: requireUser(viewer).userId }, 'SIGN_OUT_EVERYWHERE');
  }

  @Directive('@inaccessible')
  @Mutation(() => SignInResult, {
    description: 'Только для шлюза: обменивает токен обновления на новые токены доступа и обновления',
  })
  async refreshSession(
    @Arg('refreshToken', () => String) refreshToken: string,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() context: Context,
  ): Promise<SignInResult> {
    const started = await this.sessions.refresh(context, refreshToken, userId ?? null);
    return { accessToken: started.accessToken, expiresAt: started.expiresAt, user: started.user };
  }

  @Directive('@inaccessible')
  @Query(() => Boolean, {
    description:
      'Только для шлюза: сеанс действует (не завершён, не истёк, учётная запись не отключена); ' +
      'шлюз не принимает токены доступа завершённых сеансов',
  })
  sessionActive(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<boolean> {
    return this.sessions.isActive(em, id);
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Только для шлюза: выход, завершает сеанс токена обновления' })
  endSession(
    @Arg('refreshToken', () => String) refreshToken: string,
    @Ctx() { em }: Context,
  ): Promise<boolean> {
    return this.sessions.end(em, refreshToken);
  }
}
