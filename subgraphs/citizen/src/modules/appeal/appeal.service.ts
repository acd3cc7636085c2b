import {
  badUserInput,
  badUserInputs,
  conflict,
  type InputProblem,
  notFound,
  type EntityManager,
  type PageInput,
  type PersonalDataAudit,
  type SignedInViewer,
} from '@czn/kernel';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { inFormOrder, readAnswers } from '../application-form/application-answers';
import { applicationForms } from '../application-form/application-forms';
import { titlesOfChosenVacancies, vacanciesNotInFavorites } from '../application-form/application-vacancies';
import type { VacancyDirectory } from '../federation/employer-subgraph';
import type { JobCenterDirectory } from '../federation/scheduling-subgraph';
import { caseStandingOfCitizen, citizenServiceOf, unavailabilityReason } from './appeal-availability';
import { recordAppealEvent } from './appeal-event';
import { AppealEventType, AppealStatus, appealStatusLabels, type AppealType } from './appeal.enums';
import { isUnreadBy } from './appeal.access';
import { contactPhoneGiven } from './appeal.audit';
import { Appeal, AppealStatusChange } from './appeal.entity';
import { emailAddress, phoneNumber, requireUuid, text, type SubmitAppealInput } from './appeal.inputs';
import { nextAppealNumber } from './appeal-number';

/** Which statuses each status may move to. */
const TRANSITIONS: Record<AppealStatus, AppealStatus[]> = {
  REGISTERED: [AppealStatus.IN_PROGRESS, AppealStatus.REJECTED],
  IN_PROGRESS: [AppealStatus.COMPLETED, AppealStatus.REJECTED],
  COMPLETED: [],
  REJECTED: [],
};

export const APPEAL_NOT_FOUND = 'Обращение не найдено';

/** Refuses a job centre the region does not have; scheduling, which owns them, says which exist. */
export async function requireJobCenter(jobCenters: JobCenterDirectory, jobCenterId: string): Promise<void> {
  let exists: boolean;
  try {
    exists = await jobCenters.jobCenterExists(jobCenterId);
  } catch {
    throw new GraphQLError(
      'Не удалось проверить центр занятости: сведения о центрах временно недоступны. Повторите подачу через минуту',
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'scheduling' } },
    );
  }
  if (!exists)
    throw badUserInput('jobCenterId', 'Такого центра занятости нет: выберите центр занятости из списка');
}

/** The value a check gives, or null with its BAD_USER_INPUT refusal added to the problems. */
function checked<T>(problems: InputProblem[], check: () => T): T | null {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'BAD_USER_INPUT') throw error;
    problems.push({ field: String(error.extensions['field']), message: error.message });
    return null;
  }
}

/** The other subgraphs an application is checked against. */
export interface ApplicationPeers {
  jobCenters: JobCenterDirectory;
  vacancies: VacancyDirectory;
}

/**
 * Files the application: every bad input is refused at once, in the form's order, each naming its field (the
 * form's as `fields.<key>`, vacancies only from the applicant's favourites); then the service must be
 * available, the job centre must exist and the chosen vacancies must still be published.
 */
export async function submitAppeal(
  em: EntityManager,
  { jobCenters, vacancies }: ApplicationPeers,
  applicant: SignedInViewer,
  input: SubmitAppealInput,
  audit: PersonalDataAudit,
): Promise<Appeal> {
  const problems: InputProblem[] = [];
  const jobCenterId = checked(problems, () =>
    requireUuid('jobCenterId', input.jobCenterId, 'Выберите центр занятости'),
  );
  const contactPhone = checked(problems, () => phoneNumber('contactPhone', input.contactPhone));
  const contactEmail = checked(problems, () => emailAddress('contactEmail', input.contactEmail));
  const comment = checked(problems, () => text('comment', input.comment, 2000, null));
  const idempotencyKey = checked(problems, () => text('idempotencyKey', input.idempotencyKey, 100, null));
  const form = applicationForms[input.type];
  const application = readAnswers(form, input.fields ?? []);
  const notFavorites = await vacanciesNotInFavorites(em, applicant.userId, form, application.answers);
  const [first, ...rest] = inFormOrder(form, [...problems, ...application.problems, ...notFavorites]);
  if (first) throw badUserInputs([first, ...rest]);
  const reason = unavailabilityReason(
    citizenServiceOf(input.type),
    await caseStandingOfCitizen(em, applicant.userId),
  );
  if (reason) throw badUserInput('type', reason);
  await requireJobCenter(jobCenters, jobCenterId!);
  const applicationVacancies = await titlesOfChosenVacancies(vacancies, form, application.answers);

  const submit = () =>
    em.transactional(async (tx) => {
      if (idempotencyKey) {
        const earlier = await tx.findOne(Appeal, { applicantId: applicant.userId, idempotencyKey });
        if (earlier) return earlier;
      }
      const now = new Date();
      const appeal = tx.create(Appeal, {
        number: await nextAppealNumber(tx, now),
        type: input.type,
        status: AppealStatus.REGISTERED,
        applicantId: applicant.userId,
        jobCenterId: jobCenterId!,
        contactPhone: contactPhone!,
        contactEmail,
        comment,
        application: application.answers,
        applicationVacancies,
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
        applicantSeenAt: now,
      });
      tx.create(AppealStatusChange, {
        appeal,
        fromStatus: null,
        toStatus: AppealStatus.REGISTERED,
        changedById: applicant.userId,
        changedAt: now,
      });
      await recordAppealEvent(tx, appeal, AppealEventType.SUBMITTED);
      await audit.changed(tx, applicant.userId, ['PHONE'], contactPhoneGiven(appeal));
      return appeal;
    });
  try {
    return await submit();
  } catch (error) {
    // A retry that raced the first submission with the same key gets the appeal the first one made.
    if (!(idempotencyKey && error instanceof UniqueConstraintViolationException)) throw error;
    const earlier = await em.fork().findOne(Appeal, { applicantId: applicant.userId, idempotencyKey });
    if (!earlier) throw error;
    return earlier;
  }
}

/** Whether the person has applied to the job centre: a relationship through which its staff reach the person. */
export async function applicantHasAppealAt(
  em: EntityManager,
  personId: string,
  jobCenterId: string,
): Promise<boolean> {
  return (await em.count(Appeal, { applicantId: personId, jobCenterId })) > 0;
}

export interface StatusChange {
  to: AppealStatus;
  comment: string | null;
  /** Further changes in the same transaction; throwing undoes the whole step. */
  apply?: (appeal: Appeal, tx: EntityManager) => void | Promise<void>;
}

/** Moves an appeal of the staff member's job centre to another status, or fails changing nothing. */
export function changeAppealStatus(
  em: EntityManager,
  staff: SignedInViewer & { jobCenterId: string },
  appealId: string,
  change: StatusChange,
): Promise<Appeal> {
  const id = requireUuid('id', appealId, 'Обращение');
  return em.transactional(async (tx) => {
    const appeal = await tx.findOne(Appeal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appeal || appeal.jobCenterId !== staff.jobCenterId) throw notFound(APPEAL_NOT_FOUND);
    if (!TRANSITIONS[appeal.status].includes(change.to)) {
      throw conflict(
        `Обращение ${appeal.number} в статусе «${appealStatusLabels[appeal.status]}»: ` +
          `перевести его в статус «${appealStatusLabels[change.to]}» нельзя`,
      );
    }
    const now = new Date();
    tx.create(AppealStatusChange, {
      appeal,
      fromStatus: appeal.status,
      toStatus: change.to,
      changedById: staff.userId,
      changedAt: now,
      comment: change.comment,
    });
    appeal.status = change.to;
    appeal.updatedAt = now;
    await change.apply?.(appeal, tx);
    await recordAppealEvent(tx, appeal, AppealEventType.STATUS_CHANGED);
    return appeal;
  });
}

/**
 * The applicant has opened the appeal: it is read until its next change. Idempotent, no event: only the
 * applicant's own view changes. Anyone else gets the same NOT_FOUND as for an appeal they cannot see.
 */
export async function markAppealRead(
  em: EntityManager,
  viewer: SignedInViewer,
  appealId: string,
): Promise<Appeal> {
  const appeal = await em.findOne(Appeal, { id: requireUuid('id', appealId, 'Обращение') });
  if (!appeal || appeal.applicantId !== viewer.userId) throw notFound(APPEAL_NOT_FOUND);
  if (isUnreadBy(viewer, appeal)) {
    // Not before the change it acknowledges, whatever the clock of the replica that made that change.
    const now = new Date();
    appeal.applicantSeenAt = now > appeal.updatedAt ? now : appeal.updatedAt;
    await em.flush();
  }
  return appeal;
}

export function appealsOfApplicant(
  em: EntityManager,
  applicantId: string,
  page: PageInput,
): Promise<Appeal[]> {
  return em.find(
    Appeal,
    { applicantId },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}

export interface JobCenterAppealFilter {
  status: AppealStatus | null;
  type: AppealType | null;
}

/** The job centre's desk: its appeals, newest first, optionally of one status and one service. */
export function appealsOfJobCenter(
  em: EntityManager,
  jobCenterId: string,
  { status, type }: JobCenterAppealFilter,
  page: PageInput,
): Promise<Appeal[]> {
  return em.find(
    Appeal,
    { jobCenterId, ...(status ? { status } : {}), ...(type ? { type } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}
