import { AuditedAs, FIRST_PAGE, PageInput, checkPage, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import { PersonalDataAccessEntry } from './personal-data-access.entity';
import { requireAuditReader } from './personal-data-audit.access';
import { auditCsv } from './personal-data-audit.csv';
import { auditPage, auditTrail, auditTrailShown, findSubject } from './personal-data-audit.service';
import { PersonalDataAuditPage, PersonalDataSubjectInput } from './personal-data-audit.types';

type Context = SubgraphContext<IdentityLoaders>;

/** The personal-data audit trail (152-ФЗ): job-centre administrators read and export a person's trail. */
@Resolver(() => PersonalDataAccessEntry)
export class PersonalDataAuditResolver {
  @Query(() => PersonalDataAuditPage, {
    description: 'Кто, когда и какие персональные данные человека смотрел или менял; для администратора ЦЗН',
  })
  @AuditedAs(auditTrailShown)
  async personalDataAudit(
    @Arg('subject', () => PersonalDataSubjectInput) subject: PersonalDataSubjectInput,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalDataAuditPage> {
    requireAuditReader(viewer);
    return auditPage(em, await findSubject(em, subject), checkPage(page));
  }

  @Query(() => String, {
    description:
      'Весь журнал доступа к персональным данным человека в CSV (UTF-8, разделитель «;») для выгрузки; для администратора ЦЗН',
  })
  async personalDataAuditCsv(
    @Arg('subject', () => PersonalDataSubjectInput) subject: PersonalDataSubjectInput,
    @Ctx() { em, viewer, loaders }: Context,
  ): Promise<string> {
    requireAuditReader(viewer);
    const entries = await auditTrail(em, await findSubject(em, subject));
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
    const actors = await loaders.user.loadMany(actorIds);
    return auditCsv(
      entries,
      new Map(actors.flatMap((actor) => (actor instanceof User ? [[actor.id, actor] as const] : []))),
    );
  }

  @FieldResolver(() => User, { nullable: true, description: 'Кто: пользователь портала' })
  async actor(@Root() entry: PersonalDataAccessEntry, @Ctx() { loaders }: Context): Promise<User | null> {
    return entry.actorId ? loaders.user.load(entry.actorId) : null;
  }
}
