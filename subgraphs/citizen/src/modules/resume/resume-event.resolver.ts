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
import { RESUME_ENTITY, ResumeEvent, resumeEventFrom } from './resume-event';
import { followsModeration } from './resume.access';
import { resumeShown } from './resume.audit';
import { Resume } from './resume.entity';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => ResumeEvent)
export class ResumeEventResolver {
  @Query(() => ResumeEvent, { description: 'Одно событие резюме; так шлюз собирает сообщения подписок' })
  @TextArg('eventId', { uuid: false })
  async resumeEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<ResumeEvent> {
    const signedIn = requireUser(viewer);
    const row = await visibleEvent(
      em,
      eventId,
      RESUME_ENTITY,
      (id) => loaders.resume.load(id),
      (entity) => followsModeration(signedIn, entity),
    );
    return resumeEventFrom(row);
  }

  @Subscription(() => ResumeEvent, {
    description: 'Решения по моим резюме и другие их изменения',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  resumeUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): ResumeEvent {
    return runByGateway();
  }

  @Subscription(() => ResumeEvent, {
    description: 'Новые и исправленные резюме и каждое решение по резюме в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterResumesFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): ResumeEvent {
    return runByGateway();
  }

  @FieldResolver(() => Resume, { description: 'Резюме в его нынешнем состоянии' })
  @AuditedAs(resumeShown)
  async resume(@Root() event: ResumeEvent, @Ctx() { loaders }: Context): Promise<Resume> {
    const resume = await loaders.resume.load(event.resumeId);
    if (!resume) throw notFound(EVENT_NOT_FOUND);
    return resume;
  }
}
