import { AuditedAs, notFound, PersonalData, requireUser, type SubgraphContext } from '@czn/kernel';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { Organization } from '../organization/organization.entity';
import { PartnerAgency } from '../partner-agency/partner-agency.entity';
import { canSeeContacts } from './user.access';
import { Passport } from './passport';
import { ownProfileShown } from './user.audit';
import { User } from './user.entity';

type Context = SubgraphContext<IdentityLoaders>;
const personOf = (user: User) => user.id;

/** Whoever reaches a User has passed canSeeUser (me, or the reference resolver); contacts need more. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'Вошедший пользователь' })
  @AuditedAs(ownProfileShown)
  async me(@Ctx() { viewer, loaders }: Context): Promise<User> {
    const user = await loaders.user.load(requireUser(viewer).userId);
    if (!user) throw notFound('Учётная запись не найдена');
    return user;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Логин портала; виден самому пользователю и сотрудникам ЦЗН',
  })
  login(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.login : null;
  }

  @FieldResolver(() => Boolean, { description: 'false — учётная запись отключена администратором ЦЗН' })
  active(@Root() user: User): boolean {
    return user.deactivatedAt === null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Контактный телефон, например +79131234567; виден самому пользователю и сотрудникам ЦЗН',
  })
  @PersonalData('PHONE', personOf)
  phone(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.phone : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Адрес электронной почты; виден самому пользователю и сотрудникам ЦЗН',
  })
  @PersonalData('EMAIL', personOf)
  email(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.email : null;
  }

  // Personal data (152-ФЗ): the person and staff only, by every path (me, _entities, any future query);
  // every disclosure is written to the audit trail.

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Идентификатор учётной записи на Госуслугах (ЕСИА); пусто, если человек не входил через Госуслуги',
  })
  @PersonalData('ESIA_ID', personOf)
  esiaOid(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.esiaOid : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'СНИЛС, 000-000-000 00' })
  @PersonalData('SNILS', personOf)
  snils(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.snils : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Дата рождения, ГГГГ-ММ-ДД' })
  @PersonalData('BIRTH_DATE', personOf)
  birthDate(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.birthDate : null;
  }

  @FieldResolver(() => Passport, { nullable: true, description: 'Паспорт; пусто, если неизвестен' })
  @PersonalData('PASSPORT', personOf)
  passport(@Root() user: User, @Ctx() { viewer }: Context): Passport | null {
    if (!canSeeContacts(viewer, user) || !(user.passportSeries || user.passportNumber)) return null;
    return {
      series: user.passportSeries,
      number: user.passportNumber,
      issuedBy: user.passportIssuedBy,
      issuedOn: user.passportIssuedOn,
    };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Адрес регистрации' })
  @PersonalData('ADDRESS', personOf)
  registrationAddress(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.registrationAddress : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Учётная запись на Госуслугах подтверждена; пусто для тех, кому это не показывается',
  })
  trusted(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return canSeeContacts(viewer, user) ? user.trusted : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Организация, которую представляет работодатель; пусто у остальных',
  })
  async organization(@Root() user: User, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return user.organization ? loaders.organization.load(user.organization.id) : null;
  }

  @FieldResolver(() => PartnerAgency, {
    nullable: true,
    description: 'Ведомство-партнёр, в котором работает пользователь; пусто у остальных',
  })
  partnerAgency(@Root() user: User, @Ctx() { loaders }: Context): Promise<PartnerAgency | null> | null {
    return user.partnerAgency ? loaders.partnerAgency.load(user.partnerAgency.id) : null;
  }
}
