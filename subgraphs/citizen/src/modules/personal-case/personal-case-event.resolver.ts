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
import { PERSONAL_CASE_ENTITY, PersonalCaseEvent, personalCaseEventFrom } from './personal-case-event';
import { canSeePersonalCase } from './personal-case.access';
import { personalCaseShown } from './personal-case.audit';
import { PersonalCase } from './personal-case.entity';

type Context = SubgraphContext<CitizenLoaders>;

const EVENT_NOT_FOUND = 'Событие не найдено';
const SINCE = 'Номер последнего полученного события: сначала придут все более поздние, затем новые';

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
    requireUser(viewer);
    const row = /^\d{1,18}$/.test(eventId)
      ? await em.findOne(OutboxEvent, { id: eventId, entityType: PERSONAL_CASE_ENTITY })
      : null;
    const personalCase = row && isUuid(row.entityId) ? await loaders.personalCase.load(row.entityId) : null;
    if (!row || !personalCase || !canSeePersonalCase(viewer, personalCase)) throw notFound(EVENT_NOT_FOUND);
    return personalCaseEventFrom(row);
  }

  @Subscription(() => PersonalCaseEvent, {
    description: 'Изменения моих личных дел: открытие, статус, лицевой счёт, закрытие',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  myPersonalCasesUpdated(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): PersonalCaseEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @Subscription(() => PersonalCaseEvent, {
    description: 'Новые личные дела и каждое их изменение в ЦЗН сотрудника',
    subscribe: gatewayExecutesSubscriptions.subscribe,
  })
  jobCenterPersonalCasesFeed(
    @Arg('sinceEventId', () => ID, { nullable: true, description: SINCE }) _since?: string,
  ): PersonalCaseEvent {
    throw new Error('Подписки выполняет шлюз');
  }

  @FieldResolver(() => PersonalCase, { description: 'Личное дело в его нынешнем состоянии' })
  @AuditedAs(personalCaseShown)
  async personalCase(@Root() event: PersonalCaseEvent, @Ctx() { loaders }: Context): Promise<PersonalCase> {
    const personalCase = await loaders.personalCase.load(event.personalCaseId);
    if (!personalCase) throw notFound(EVENT_NOT_FOUND);
    return personalCase;
  }
}
