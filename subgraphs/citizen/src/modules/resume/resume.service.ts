import {
  conflict,
  notFound,
  type EntityManager,
  type PageInput,
  type PersonalDataAudit,
  type PersonalDataKind,
  type SignedInViewer,
  PERSONAL_DATA_KINDS,
} from '@czn/kernel';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireJobCenter } from '../appeal/appeal.service';
import { requireUuid, text } from '../appeal/appeal.inputs';
import type { JobCenterDirectory } from '../federation/scheduling-subgraph';
import { resumeContent, type ResumeContent } from './resume-content';
import { recordResumeEvent } from './resume-event';
import { ResumeEventType, ResumeStatus, resumeStatusLabels } from './resume.enums';
import { resumeContactsGiven } from './resume.audit';
import { Resume, ResumeStatusChange } from './resume.entity';
import type { CreateResumeInput, ResumeInput } from './resume.inputs';

export const RESUME_NOT_FOUND = 'Резюме не найдено';

/** Which statuses staff may move a resume to: a published resume found unfit is still refused. */
const DECISIONS: Record<ResumeStatus, ResumeStatus[]> = {
  PENDING_REVIEW: [ResumeStatus.ACTIVE, ResumeStatus.REJECTED],
  ACTIVE: [ResumeStatus.REJECTED],
  REJECTED: [],
  WITHDRAWN: [],
};

/** The personal data a resume's contact block holds, for the audit of its change. */
function contactKinds(content: ResumeContent): PersonalDataKind[] {
  const given: Partial<Record<PersonalDataKind, unknown>> = {
    ADDRESS: content.address,
    PHONE: content.phone,
    BIRTH_DATE: content.birthDate,
    EMAIL: content.email,
    FULL_NAME: content.fullName,
  };
  return PERSONAL_DATA_KINDS.filter((kind) => given[kind]);
}

function historyRow(
  em: EntityManager,
  resume: Resume,
  from: ResumeStatus | null,
  changedBy: string,
  at: Date,
  reason: string | null = null,
) {
  em.create(ResumeStatusChange, {
    resume,
    fromStatus: from,
    toStatus: resume.status,
    changedById: changedBy,
    changedAt: at,
    reason,
  });
}

export async function createResume(
  em: EntityManager,
  jobCenters: JobCenterDirectory,
  owner: SignedInViewer,
  input: CreateResumeInput,
  audit: PersonalDataAudit,
): Promise<Resume> {
  const jobCenterId = requireUuid('jobCenterId', input.jobCenterId, 'Выберите центр занятости');
  const content = resumeContent(input, new Date());
  const idempotencyKey = text('idempotencyKey', input.idempotencyKey, 100, null);
  await requireJobCenter(jobCenters, jobCenterId);

  const create = () =>
    em.transactional(async (tx) => {
      if (idempotencyKey) {
        const earlier = await tx.findOne(Resume, { ownerId: owner.userId, idempotencyKey });
        if (earlier) return earlier;
      }
      const now = new Date();
      const resume = tx.create(Resume, {
        ...content,
        ownerId: owner.userId,
        jobCenterId,
        status: ResumeStatus.PENDING_REVIEW,
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
        submittedAt: now,
      });
      historyRow(tx, resume, null, owner.userId, now);
      await recordResumeEvent(tx, resume, ResumeEventType.SUBMITTED);
      await audit.changed(tx, owner.userId, contactKinds(content), resumeContactsGiven(resume));
      return resume;
    });
  try {
    return await create();
  } catch (error) {
    // A retry that raced the first creation with the same key gets the resume the first one made.
    if (!(idempotencyKey && error instanceof UniqueConstraintViolationException)) throw error;
    const earlier = await em.fork().findOne(Resume, { ownerId: owner.userId, idempotencyKey });
    if (!earlier) throw error;
    return earlier;
  }
}

/**
 * The owner takes the resume off publication and out of review (found a job, changed their mind). Nothing is
 * deleted: the resume and its history stay, and an edit sends it back to review.
 */
export function withdrawResume(em: EntityManager, owner: SignedInViewer, resumeId: string): Promise<Resume> {
  const id = requireUuid('id', resumeId, 'Резюме');
  return em.transactional(async (tx) => {
    const resume = await tx.findOne(Resume, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!resume || resume.ownerId !== owner.userId) throw notFound(RESUME_NOT_FOUND);
    if (resume.status === ResumeStatus.WITHDRAWN)
      throw conflict('Резюме уже снято с публикации: чтобы вернуть его, отредактируйте и сохраните');
    const now = new Date();
    const from = resume.status;
    resume.status = ResumeStatus.WITHDRAWN;
    resume.updatedAt = now;
    historyRow(tx, resume, from, owner.userId, now);
    await recordResumeEvent(tx, resume, ResumeEventType.WITHDRAWN);
    return resume;
  });
}

/**
 * The owner's edit. What staff accepted or refused is no longer what they saw, so an ACTIVE, REJECTED or
 * WITHDRAWN resume goes back to review; a resume still waiting keeps its place in the queue.
 */
export function updateResume(
  em: EntityManager,
  owner: SignedInViewer,
  resumeId: string,
  input: ResumeInput,
  audit: PersonalDataAudit,
): Promise<Resume> {
  const id = requireUuid('id', resumeId, 'Резюме');
  const content = resumeContent(input, new Date());
  return em.transactional(async (tx) => {
    const resume = await tx.findOne(Resume, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!resume || resume.ownerId !== owner.userId) throw notFound(RESUME_NOT_FOUND);
    const now = new Date();
    const from = resume.status;
    Object.assign(resume, content, { updatedAt: now });
    if (from !== ResumeStatus.PENDING_REVIEW) {
      resume.status = ResumeStatus.PENDING_REVIEW;
      resume.rejectionReason = null;
      resume.submittedAt = now;
      historyRow(tx, resume, from, owner.userId, now);
    }
    await recordResumeEvent(
      tx,
      resume,
      from === ResumeStatus.PENDING_REVIEW ? ResumeEventType.EDITED : ResumeEventType.RESUBMITTED,
    );
    await audit.changed(tx, owner.userId, contactKinds(content), resumeContactsGiven(resume));
    return resume;
  });
}

/** Staff of the resume's centre accept it or refuse it with a reason; otherwise it changes nothing. */
export function decideResume(
  em: EntityManager,
  moderator: SignedInViewer & { jobCenterId: string },
  resumeId: string,
  to: ResumeStatus.ACTIVE | ResumeStatus.REJECTED,
  reason: string | null,
): Promise<Resume> {
  const id = requireUuid('id', resumeId, 'Резюме');
  return em.transactional(async (tx) => {
    const resume = await tx.findOne(Resume, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!resume || resume.jobCenterId !== moderator.jobCenterId) throw notFound(RESUME_NOT_FOUND);
    if (!DECISIONS[resume.status].includes(to))
      throw conflict(
        `Резюме в статусе «${resumeStatusLabels[resume.status]}»: ` +
          `перевести его в статус «${resumeStatusLabels[to]}» нельзя`,
      );
    const now = new Date();
    const from = resume.status;
    resume.status = to;
    resume.rejectionReason = reason;
    resume.updatedAt = now;
    historyRow(tx, resume, from, moderator.userId, now, reason);
    await recordResumeEvent(
      tx,
      resume,
      to === ResumeStatus.ACTIVE ? ResumeEventType.ACCEPTED : ResumeEventType.REJECTED,
    );
    return resume;
  });
}

export const rejectionReason = (reason: string): string =>
  text('reason', reason, 2000, 'Укажите причину отказа: что в резюме нужно исправить')!;

export function resumesOfOwner(em: EntityManager, ownerId: string, page: PageInput): Promise<Resume[]> {
  return em.find(
    Resume,
    { ownerId },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}

/** The moderation queue: the centre's resumes, optionally of one status, the longest waiting first. */
export function resumesOfJobCenter(
  em: EntityManager,
  jobCenterId: string,
  status: ResumeStatus | null,
  page: PageInput,
): Promise<Resume[]> {
  return em.find(
    Resume,
    { jobCenterId, ...(status ? { status } : {}) },
    { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset },
  );
}
