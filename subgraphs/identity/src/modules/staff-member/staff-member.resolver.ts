import { RateLimited, type Role, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { RoleEnum } from '../user/user.enums';
import { StaffMembers } from './staff-member.service';
import { CreateStaffMemberInput, StaffMember, toStaffMember } from './staff-member.types';

type Context = SubgraphContext<IdentityLoaders>;
const staff = new StaffMembers();

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => [StaffMember], {
    description: 'Сотрудники ЦЗН администратора, по алфавиту; только для администратора',
  })
  async staffMembers(@Ctx() { em, viewer }: Context): Promise<StaffMember[]> {
    return (await staff.list(em, viewer)).map(toStaffMember);
  }

  @Mutation(() => StaffMember, {
    description: 'Администратор ЦЗН создаёт учётную запись сотрудника своего ЦЗН',
  })
  @RateLimited('staff-member', { perPerson: 30, perAddress: 100, windowSeconds: 600 })
  async createStaffMember(
    @Arg('input', () => CreateStaffMemberInput) input: CreateStaffMemberInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<StaffMember> {
    return toStaffMember(await staff.create(em, viewer, input));
  }

  @Mutation(() => StaffMember, { description: 'Администратор ЦЗН меняет роли сотрудника своего ЦЗН' })
  async updateStaffRoles(
    @Arg('userId', () => ID) userId: string,
    @Arg('roles', () => [RoleEnum]) roles: Role[],
    @Ctx() { em, viewer }: Context,
  ): Promise<StaffMember> {
    return toStaffMember(await staff.updateRoles(em, viewer, userId, roles));
  }

  @Mutation(() => StaffMember, {
    description:
      'Администратор ЦЗН отключает учётную запись сотрудника своего ЦЗН: вход прекращается, сеансы завершаются',
  })
  async deactivateStaffMember(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<StaffMember> {
    return toStaffMember(await staff.deactivate(em, viewer, userId));
  }
}
