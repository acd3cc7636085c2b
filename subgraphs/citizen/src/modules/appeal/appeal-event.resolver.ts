import { OutboxEvent } from '@czn/events';
import {
  AuditedAs,
  gatewayExecutesSubscriptions,
  isUuid,
  notFound,
  requireUser,
  type SubgraphContext,
  TextArg,
} from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { APPEAL_ENTITY, AppealEvent, appealEventFrom } from './appeal-event';
import { canSeeAppeal } from './appeal.access';
import { appealShown } from './appeal.audit';
import { Appeal } from './appeal.entity';

type Context = SubgraphContext<CitizenLoaders>;

const EVENT_NOT_FOUND = 'Событие не найдено';
const SINCE = 'Номер последнего полученного события: сначала придут все более поздние, затем новые';

@Resolver(() => AppealEvent)
export class AppealEventResolver {
  @Query(() => AppealEvent, { description: 'Одно событие обращения; так шлюз собирает сообщения подписок' })
  @TextArg('eventId', { uuid: false })
  async appealEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<AppealEvent> {
    requireUser(viewer);
    const row = /^\d{1,18}$/.test(eventId)
      ? await em.findOne(OutboxEvent, { id: eventId, entityType: APPEAL_ENTITY })
      : null;
    const appeal = row && isUuid(row.entityId) ? await loaders.appeal.load(row.entityId) : null;
    if (!row || !appeal || !canSeeAppeal(viewer, appeal)) throw notFound(EVENT_NOT_FOUND);
    return appealEventFrom(row);
  }

  @Subscription(() => AppealEvent, {
    description: 'Изменения моих обращений',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  appealUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): AppealEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @Subscription(() => AppealEvent, {
    description: 'Новые обращения и каждое изменение обращений в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterAppealsFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): AppealEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @FieldResolver(() => Appeal, { description: 'Обращение в его нынешнем состоянии' })
  @AuditedAs(appealShown)
  async appeal(@Root() event: AppealEvent, @Ctx() { loaders }: Context): Promise<Appeal> {
    const appeal = await loaders.appeal.load(event.appealId);
    if (!appeal) throw notFound(EVENT_NOT_FOUND);
    return appeal;
  }
}
