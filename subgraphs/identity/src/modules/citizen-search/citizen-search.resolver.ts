import { AuditedAs, forbidden, requireStaff, type Role, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import { findCitizens } from './citizen-search.service';

/** The staff who register citizens and keep their personal cases. */
const SEARCH_ROLES: readonly Role[] = ['REGISTRAR', 'CAREER_CONSULTANT', 'ADMIN'];

const citizenFound = () => 'Поиск гражданина по СНИЛС или ФИО';

@Resolver(() => User)
export class CitizenSearchResolver {
  /**
   * The person is in front of the registrar, so finding them is allowed, but each person found is in their
   * trail: the name is noted here, the other fields the page asks for by their own @PersonalData.
   */
  @Query(() => [User], {
    description:
      'Найти гражданина по СНИЛС (точно) или ФИО (все слова, без учёта регистра); не больше 20, с датой рождения',
  })
  @AuditedAs(citizenFound)
  async findCitizens(
    @Arg('snils', () => String, { nullable: true }) snils: string | null,
    @Arg('fullName', () => String, { nullable: true }) fullName: string | null,
    @Ctx() { em, viewer, personalData }: SubgraphContext<IdentityLoaders>,
  ): Promise<User[]> {
    const staff = requireStaff(viewer);
    if (!staff.roles.some((role) => SEARCH_ROLES.includes(role)))
      throw forbidden('Искать граждан могут регистраторы, карьерные консультанты и администратор ЦЗН');
    const found = await findCitizens(em, { snils, fullName });
    for (const citizen of found) personalData.read(citizen.id, 'FULL_NAME');
    return found;
  }
}
