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
import { PERSONAL_CASE_ENTITY, PersonalCaseEvent, personalCaseEventFrom } from './personal-case-event';
import { canSeePersonalCase } from './personal-case.access';
import { personalCaseShown } from './personal-case.audit';
import { PersonalCase } from './personal-case.entity';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => PersonalCaseEvent)
export class PersonalCaseEventResolver {
  @Query(() => PersonalCaseEvent, {
    description: 'Одно событие личного дела; так шлюз собирает сообщения подписок',
  })
  @TextArg('eventId', { uuid: false })
  async personalCaseEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<PersonalCaseEvent> {
    const signedIn = requireUser(viewer);
    const row = await visibleEvent(
      em,
      eventId,
      PERSONAL_CASE_ENTITY,
      (id) => loaders.personalCase.load(id),
      (entity) => canSeePersonalCase(signedIn, entity),
    );
    return personalCaseEventFrom(row);
  }

  @Subscription(() => PersonalCaseEvent, {
    description: 'Изменения моих личных дел: открытие, статус, лицевой счёт, закрытие',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  myPersonalCasesUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): PersonalCaseEvent {
    return runByGateway();
  }

  @Subscription(() => PersonalCaseEvent, {
    description: 'Новые личные дела и каждое их изменение в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterPersonalCasesFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE_EVENT_ID }) _since?: string,
  ): PersonalCaseEvent {
    return runByGateway();
  }

  @FieldResolver(() => PersonalCase, { description: 'Личное дело в его нынешнем состоянии' })
  @AuditedAs(personalCaseShown)
  async personalCase(@Root() event: PersonalCaseEvent, @Ctx() { loaders }: Context): Promise<PersonalCase> {
    const personalCase = await loaders.personalCase.load(event.personalCaseId);
    if (!personalCase) throw notFound(EVENT_NOT_FOUND);
    return personalCase;
  }
}
