import {
  AuditedAs,
  checkPage,
  FIRST_PAGE,
  forbidden,
  isUuid,
  PageInput,
  RateLimited,
  requireStaff,
  type SubgraphContext,
  TextArg,
} from '@czn/kernel';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RoutingLoaders } from '../../loaders';
import { JobCenterRef, PartnerAgencyRef, UserRef } from '../federation/references';
import type { IdentitySubgraph } from '../federation/identity-subgraph';
import { LifeSituation } from '../life-situation/life-situation.entity';
import { PartnerReferral } from './partner-referral.entity';
import { PartnerReferralOutcomeStatus, PartnerReferralStatus } from './partner-referral.enums';
import { ReferToPartnerInput } from './partner-referral.inputs';
import { partnerReferralShown, partnerReferralsListed } from './partner-referral.audit';
import {
  acceptPartnerReferral,
  jobCenterReferredPerson,
  partnerReferrals,
  recordPartnerReferralOutcome,
  referToPartner,
  visiblePartnerReferral,
} from './partner-referral.service';

type Context = SubgraphContext<RoutingLoaders>;

@Resolver(() => PartnerReferral)
export class PartnerReferralResolver {
  /** Without identity (a routing built only for composing and migrating) nobody can be referred. */
  constructor(private readonly identity: IdentitySubgraph | null) {}

  @Query(() => [PartnerReferral], {
    description:
      'Направления в ведомства-партнёры, новые сверху: ведомству — адресованные ему, сотруднику ЦЗН — его ЦЗН, гражданину — его собственные',
  })
  @AuditedAs(partnerReferralsListed)
  partnerReferrals(
    @Arg('status', () => PartnerReferralStatus, { nullable: true }) status: PartnerReferralStatus | null,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PartnerReferral[]> {
    return partnerReferrals(em, viewer, status ?? null, checkPage(page));
  }

  @Query(() => PartnerReferral, { description: 'Направление; чужие направления не находятся' })
  @AuditedAs(partnerReferralShown)
  partnerReferral(
    @Arg('id', () => ID) id: string,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<PartnerReferral> {
    return visiblePartnerReferral(viewer, loaders, id);
  }

  @Mutation(() => PartnerReferral, {
    description: 'Сотрудник ЦЗН направляет гражданина в ведомство-партнёр (статус «Направлено»)',
  })
  @RateLimited('partner-referral', { perPerson: 30, perAddress: 100, windowSeconds: 600 })
  referToPartner(
    @Arg('input', () => ReferToPartnerInput) input: ReferToPartnerInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PartnerReferral> {
    if (!this.identity) throw new Error('routing runs without identity: set IDENTITY_SUBGRAPH_URL');
    return referToPartner(em, this.identity, viewer, input);
  }

  /** For identity, which lets a centre's staff reach a person related to the centre. Not in the client schema. */
  @Directive('@inaccessible')
  @Query(() => Boolean, {
    description: 'Направлял ли этот ЦЗН человека в ведомства-партнёры; только для сотрудника этого ЦЗН',
  })
  jobCenterReferredPerson(
    @Arg('personId', () => ID) personId: string,
    @Arg('jobCenterId', () => ID) jobCenterId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<boolean> {
    if (requireStaff(viewer).jobCenterId !== jobCenterId) throw forbidden();
    return isUuid(personId) ? jobCenterReferredPerson(em, personId, jobCenterId) : Promise.resolve(false);
  }

  @Mutation(() => PartnerReferral, {
    description: 'Ведомство, которому адресовано направление, принимает его в работу',
  })
  acceptPartnerReferral(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PartnerReferral> {
    return acceptPartnerReferral(em, viewer, id);
  }

  @Mutation(() => PartnerReferral, {
    description: 'Ведомство записывает результат и закрывает направление: исполнено или отклонено',
  })
  @TextArg('outcome', { maxLength: 2000, multiLine: true })
  recordPartnerReferralOutcome(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => PartnerReferralOutcomeStatus) status: PartnerReferralOutcomeStatus,
    @Arg('outcome', () => String) outcome: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PartnerReferral> {
    return recordPartnerReferralOutcome(em, viewer, id, PartnerReferralStatus[status], outcome);
  }

  @FieldResolver(() => PartnerAgencyRef, {
    nullable: true,
    description: 'Ведомство, которому адресовано направление; пусто, пока сведения о ведомствах недоступны',
  })
  agency(@Root() referral: PartnerReferral): PartnerAgencyRef {
    return { id: referral.agencyId };
  }

  @FieldResolver(() => UserRef, {
    nullable: true,
    description:
      'Гражданин, как его профиль показывает identity тому, кто читает (через шлюз); null, когда профиль скрыт от читающего или identity недоступна. ФИО в направлении — personFullName',
  })
  person(@Root() referral: PartnerReferral): UserRef {
    return { id: referral.personId };
  }

  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description: 'ЦЗН, который направил; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() referral: PartnerReferral): JobCenterRef {
    return { id: referral.jobCenterId };
  }

  @FieldResolver(() => LifeSituation, {
    nullable: true,
    description: 'Жизненная ситуация, в которой направлен гражданин',
  })
  async lifeSituation(
    @Root() referral: PartnerReferral,
    @Ctx() { loaders }: Context,
  ): Promise<LifeSituation | null> {
    return referral.lifeSituation ? loaders.lifeSituation.load(referral.lifeSituation.id) : null;
  }
}
