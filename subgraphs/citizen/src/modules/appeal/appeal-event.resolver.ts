import {
  AuditedAs,
  EVENT_NOT_FOUND,
  gatewayExecutesSubscriptions,
  notFound,
  requireUser,
  runByGateway,
  SINCE_EVENT_ID,
  type SubgraphContext,
  TextArg,
  visibleEvent,
} from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { APPEAL_ENTITY, AppealEvent, appealEventFrom } from './appeal-event';
import { canSeeAppeal } from './appeal.access';
import { appealShown } from './appeal.audit';
import { Appeal } from './appeal.entity';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => AppealEvent)
export class AppealEventResolver {
  @Query(() => AppealEvent, { description: 'Одно событие обращения; так шлюз собирает сообщения подписок' })
  @TextArg('eventId', { uuid: false })
  async appealEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<AppealEvent> {
    const signedIn = requireUser(viewer);
    const row = await visibleEvent(
      em,
      eventId,
      APPEAL_ENTITY,
      (id) => loaders.appeal.load(id),
      (entity) => canSeeAppeal(signedIn, entity),
    );
    return appealEventFrom(row);
  }

  @Subscription(() => AppealEvent, {
    description: 'Изменения моих обращений',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  appealUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): AppealEvent {
    return runByGateway();
  }

  @Subscription(() => AppealEvent, {
    description: 'Новые обращения и каждое изменение обращений в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterAppealsFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): AppealEvent {
    return runByGateway();
  }

  @FieldResolver(() => Appeal, { description: 'Обращение в его нынешнем состоянии' })
  @AuditedAs(appealShown)
  async appeal(@Root() event: AppealEvent, @Ctx() { loaders }: Context): Promise<Appeal> {
    const appeal = await loaders.appeal.load(event.appealId);
    if (!appeal) throw notFound(EVENT_NOT_FOUND);
    return appeal;
  }
}
