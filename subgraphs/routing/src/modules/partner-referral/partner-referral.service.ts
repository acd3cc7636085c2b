import {
  badUserInput,
  conflict,
  isUuid,
  notFound,
  requirePartner,
  requireStaff,
  unauthenticated,
  type EntityManager,
  type PageInput,
  type Viewer,
} from '@czn/kernel';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RoutingLoaders } from '../../loaders';
import type { IdentitySubgraph } from '../federation/identity-subgraph';
import { LifeSituation } from '../life-situation/life-situation.entity';
import { canSeePartnerReferral, partnerReferralsOf } from './partner-referral.access';
import { PartnerReferral } from './partner-referral.entity';
import { PartnerReferralStatus, partnerReferralStatusLabels } from './partner-referral.enums';
import { requireUuid, text, type ReferToPartnerInput } from './partner-referral.inputs';

export const PARTNER_REFERRAL_NOT_FOUND = 'Направление не найдено';

/** Which statuses each status may move to: the agency accepts, then completes or declines (or declines at once). */
const TRANSITIONS: Record<PartnerReferralStatus, PartnerReferralStatus[]> = {
  SENT: [PartnerReferralStatus.ACCEPTED, PartnerReferralStatus.DECLINED],
  ACCEPTED: [PartnerReferralStatus.COMPLETED, PartnerReferralStatus.DECLINED],
  COMPLETED: [],
  DECLINED: [],
};

/** The referral if the caller may see it; otherwise it does not exist for them. */
export async function visiblePartnerReferral(
  viewer: Viewer,
  loaders: Pick<RoutingLoaders, 'partnerReferral'>,
  id: string,
): Promise<PartnerReferral> {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  const referral = isUuid(id) ? await loaders.partnerReferral.load(id) : null;
  if (!referral || !canSeePartnerReferral(viewer, referral)) throw notFound(PARTNER_REFERRAL_NOT_FOUND);
  return referral;
}

export function partnerReferrals(
  em: EntityManager,
  viewer: Viewer,
  status: PartnerReferralStatus | null,
  page: PageInput,
): Promise<PartnerReferral[]> {
  return em.find(
    PartnerReferral,
    { ...partnerReferralsOf(viewer), ...(status ? { status } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}

/** Whether the job centre has referred the person: a relationship through which its staff reach the person. */
export async function jobCenterReferredPerson(
  em: EntityManager,
  personId: string,
  jobCenterId: string,
): Promise<boolean> {
  return (await em.count(PartnerReferral, { personId, jobCenterId })) > 0;
}

/**
 * A staff member refers a citizen to a partner agency. Identity confirms the person is a citizen the staff
 * member's centre may reach (an appeal there, an earlier referral by it, access asked) and the agency exists; the person's name is copied as the referral states it, for the agency reads it without the
 * gateway. Readers through the gateway get the person's current profile from `person`.
 */
export async function referToPartner(
  em: EntityManager,
  identity: IdentitySubgraph,
  viewer: Viewer,
  input: ReferToPartnerInput,
): Promise<PartnerReferral> {
  const staff = requireStaff(viewer);
  const personId = requireUuid('personId', input.personId, 'Выберите гражданина, которого направляете');
  const agencyId = requireUuid('agencyId', input.agencyId, 'Выберите ведомство-партнёр из списка');
  const purpose = text('purpose', input.purpose, 2000, 'Напишите цель направления: что ведомству сделать')!;
  const idempotencyKey = text('idempotencyKey', input.idempotencyKey, 100, null);
  const earlier = () =>
    idempotencyKey ? em.fork().findOne(PartnerReferral, { createdBy: staff.userId, idempotencyKey }) : null;
  const retried = await earlier();
  if (retried) return retried;

  let lifeSituation: LifeSituation | null = null;
  if (input.lifeSituationId) {
    const id = requireUuid('lifeSituationId', input.lifeSituationId, 'Выберите жизненную ситуацию из списка');
    lifeSituation = await em.findOne(LifeSituation, { id });
    if (!lifeSituation)
      throw badUserInput('lifeSituationId', 'Жизненная ситуация не найдена: выберите её из списка');
  }
  const { person, agencyExists } = await identity.referralParties(staff, personId, agencyId);
  if (!person?.roles.includes('CITIZEN'))
    throw badUserInput(
      'personId',
      'Гражданин не найден среди связанных с вашим ЦЗН: направить можно гражданина, который обращался в ваш ЦЗН или уже направлен им. В другом случае администратор ЦЗН запрашивает доступ в «Журнале ПДн»',
    );
  if (!agencyExists) throw badUserInput('agencyId', 'Ведомство-партнёр не найдено: выберите его из списка');

  try {
    return await em.transactional(async (tx) => {
      const now = new Date();
      return tx.create(PartnerReferral, {
        agencyId,
        personId,
        personFullName: person.fullName,
        jobCenterId: staff.jobCenterId,
        lifeSituation,
        purpose,
        status: PartnerReferralStatus.SENT,
        outcome: null,
        createdBy: staff.userId,
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
      });
    });
  } catch (error) {
    // A retry that raced the first referral with the same key gets the referral the first one made.
    if (!(idempotencyKey && error instanceof UniqueConstraintViolationException)) throw error;
    const first = await earlier();
    if (!first) throw error;
    return first;
  }
}

export const acceptPartnerReferral = (em: EntityManager, viewer: Viewer, id: string) =>
  changeStatus(em, requirePartner(viewer), id, PartnerReferralStatus.ACCEPTED, null);

/** The owner agency closes a referral with its outcome: what was done, or why it was declined. */
export function recordPartnerReferralOutcome(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  status: PartnerReferralStatus.COMPLETED | PartnerReferralStatus.DECLINED,
  outcome: string,
): Promise<PartnerReferral> {
  const agencyId = requirePartner(viewer);
  const checked = text('outcome', outcome, 2000, 'Запишите результат: что сделано или почему отклонено')!;
  return changeStatus(em, agencyId, id, status, checked);
}

/** Moves a referral of the agency to another status, or fails changing nothing. */
async function changeStatus(
  em: EntityManager,
  agencyId: string,
  id: string,
  to: PartnerReferralStatus,
  outcome: string | null,
): Promise<PartnerReferral> {
  if (!isUuid(id)) throw notFound(PARTNER_REFERRAL_NOT_FOUND);
  return em.transactional(async (tx) => {
    const referral = await tx.findOne(PartnerReferral, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!referral || referral.agencyId !== agencyId) throw notFound(PARTNER_REFERRAL_NOT_FOUND);
    if (!TRANSITIONS[referral.status].includes(to))
      throw conflict(
        `Направление в статусе «${partnerReferralStatusLabels[referral.status]}»: перевести его в «${partnerReferralStatusLabels[to]}» нельзя. Обновите направление`,
      );
    referral.status = to;
    if (outcome) referral.outcome = outcome;
    referral.updatedAt = new Date();
    return referral;
  });
}
