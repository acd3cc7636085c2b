import {
  AuditedAs,
  FIRST_PAGE,
  PageInput,
  RateLimited,
  checkPage,
  isUuid,
  requireStaff,
  type SubgraphContext,
} from '@czn/kernel';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import type { PersonReach } from './person-reach';
import { PersonalDataAccessEntry } from './personal-data-access.entity';
import { PersonalDataAccessGrant } from './personal-data-access-grant.entity';
import { requireAuditReader } from './personal-data-audit.access';
import { auditCsv } from './personal-data-audit.csv';
import {
  auditPage,
  auditTrail,
  auditTrailShown,
  reachableSubject,
  requestPersonalDataAccess,
} from './personal-data-audit.service';
import { NamedPerson, PersonalDataAuditPage, PersonalDataSubjectInput } from './personal-data-audit.types';

type Context = SubgraphContext<IdentityLoaders>;

/**
 * The personal-data audit trail (152-ФЗ): job-centre administrators read and export the trail of a person
 * related to their centre, and ask access, with a reason, to anyone else.
 */
@Resolver(() => PersonalDataAccessEntry)
export class PersonalDataAuditResolver {
  constructor(private readonly reach: PersonReach) {}

  @Query(() => PersonalDataAuditPage, {
    description:
      'Кто, когда и какие персональные данные человека смотрел или менял; для администратора ЦЗН, с которым человек связан (обращение, направление) или которому открыт доступ по запросу',
  })
  @AuditedAs(auditTrailShown)
  async personalDataAudit(
    @Arg('subject', () => PersonalDataSubjectInput) subject: PersonalDataSubjectInput,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer, log }: Context,
  ): Promise<PersonalDataAuditPage> {
    const person = await reachableSubject(em, this.reach, requireAuditReader(viewer), subject, log);
    return auditPage(em, person, checkPage(page));
  }

  @Query(() => String, {
    description:
      'Весь журнал доступа к персональным данным человека в CSV (UTF-8, разделитель «;») для выгрузки; кому доступен personalDataAudit',
  })
  async personalDataAuditCsv(
    @Arg('subject', () => PersonalDataSubjectInput) subject: PersonalDataSubjectInput,
    @Ctx() { em, viewer, loaders, log }: Context,
  ): Promise<string> {
    const person = await reachableSubject(em, this.reach, requireAuditReader(viewer), subject, log);
    const entries = await auditTrail(em, person);
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
    const actors = await loaders.user.loadMany(actorIds);
    return auditCsv(
      entries,
      new Map(actors.flatMap((actor) => (actor instanceof User ? [[actor.id, actor] as const] : []))),
    );
  }

  @Mutation(() => PersonalDataAccessGrant, {
    description:
      'Администратор ЦЗН запрашивает доступ к данным человека, не связанного с его ЦЗН, с обоснованием: доступ открывается на 24 часа, запрос записывается в журнал человека',
  })
  @RateLimited('personal-data-access', { perPerson: 10, perAddress: 30, windowSeconds: 3600 })
  requestPersonalDataAccess(
    @Arg('subject', () => PersonalDataSubjectInput) subject: PersonalDataSubjectInput,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: Context,
  ): Promise<PersonalDataAccessGrant> {
    return requestPersonalDataAccess(context, requireAuditReader(context.viewer), subject, reason);
  }

  /** For routing, before a staff member refers a person to a partner agency. Not in the client schema. */
  @Directive('@inaccessible')
  @Query(() => Boolean, {
    description:
      'Может ли ЦЗН сотрудника работать с данными человека: человек связан с ЦЗН или доступ открыт',
  })
  async personReachable(
    @Arg('personId', () => ID) personId: string,
    @Ctx() { em, viewer, loaders, log }: Context,
  ): Promise<boolean> {
    const staff = requireStaff(viewer);
    const person = isUuid(personId) ? await loaders.user.load(personId) : null;
    return person !== null && person !== undefined && this.reach.reaches(em, staff, person, log);
  }

  @FieldResolver(() => NamedPerson, {
    nullable: true,
    description: 'Кто: пользователь портала, только ФИО; пусто — не вошедший',
  })
  async actor(
    @Root() entry: PersonalDataAccessEntry,
    @Ctx() { loaders }: Context,
  ): Promise<NamedPerson | null> {
    const actor = entry.actorId ? await loaders.user.load(entry.actorId) : null;
    return actor ? { id: actor.id, fullName: actor.fullName } : null;
  }
}
