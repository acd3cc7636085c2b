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
import { RESUME_ENTITY, ResumeEvent, resumeEventFrom } from './resume-event';
import { followsModeration } from './resume.access';
import { resumeShown } from './resume.audit';
import { Resume } from './resume.entity';

type Context = SubgraphContext<CitizenLoaders>;

const EVENT_NOT_FOUND = 'Событие не найдено';
const SINCE = 'Номер последнего полученного события: сначала придут все более поздние, затем новые';

@Resolver(() => ResumeEvent)
export class ResumeEventResolver {
  @Query(() => ResumeEvent, { description: 'Одно событие резюме; так шлюз собирает сообщения подписок' })
  @TextArg('eventId', { uuid: false })
  async resumeEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<ResumeEvent> {
    requireUser(viewer);
    const row = /^\d{1,18}$/.test(eventId)
      ? await em.findOne(OutboxEvent, { id: eventId, entityType: RESUME_ENTITY })
      : null;
    const resume = row && isUuid(row.entityId) ? await loaders.resume.load(row.entityId) : null;
    if (!row || !resume || !followsModeration(viewer, resume)) throw notFound(EVENT_NOT_FOUND);
    return resumeEventFrom(row);
  }

  @Subscription(() => ResumeEvent, {
    description: 'Решения по моим резюме и другие их изменения',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  resumeUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): ResumeEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @Subscription(() => ResumeEvent, {
    description: 'Новые и исправленные резюме и каждое решение по резюме в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterResumesFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): ResumeEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @FieldResolver(() => Resume, { description: 'Резюме в его нынешнем состоянии' })
  @AuditedAs(resumeShown)
  async resume(@Root() event: ResumeEvent, @Ctx() { loaders }: Context): Promise<Resume> {
    const resume = await loaders.resume.load(event.resumeId);
    if (!resume) throw notFound(EVENT_NOT_FOUND);
    return resume;
  }
}
