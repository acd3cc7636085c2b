import {
  badUserInput,
  conflict,
  notFound,
  type EntityManager,
  type PageInput,
  type SignedInViewer,
} from '@czn/kernel';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireUuid, text } from '../appeal/appeal.inputs';
import { recordPersonalCaseEvent } from './personal-case-event';
import {
  PersonalCaseChangeKind,
  PersonalCasePurpose,
  PersonalCaseStatus,
  personalCaseStatusLabels,
} from './personal-case.enums';
import { ONE_OPEN_CASE_PER_CENTRE, PersonalCase, PersonalCaseChange } from './personal-case.entity';
import { openStatus, pastDate, personalAccountNumber } from './personal-case.inputs';

export const PERSONAL_CASE_NOT_FOUND = 'Личное дело не найдено';
export const ALREADY_OPEN =
  'У гражданина уже есть открытое личное дело в этом ЦЗН: измените его статус или закройте его';

type CaseStaff = SignedInViewer & { jobCenterId: string };

/** What staff give to open a case, checked: with the field names of the input they came in. */
export interface NewPersonalCase {
  status: PersonalCaseStatus;
  openedOn: string;
  personalAccountNumber: string | null;
}

export function checkNewPersonalCase(
  fields: { status: PersonalCaseStatus; openedOn: string; personalAccountNumber?: string | null | undefined },
  prefix = '',
): NewPersonalCase {
  return {
    status: openStatus(`${prefix}status`, fields.status),
    openedOn: pastDate(`${prefix}openedOn`, fields.openedOn),
    personalAccountNumber: personalAccountNumber(
      `${prefix}personalAccountNumber`,
      fields.personalAccountNumber,
    ),
  };
}

/** A second open case at the same centre, refused by the partial unique index under a race. */
export function isSecondOpenCase(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException && error.message.includes(ONE_OPEN_CASE_PER_CENTRE)
  );
}

/**
 * Opens the citizen's case at the staff member's centre inside the caller's transaction, with its first
 * history row and event. Refuses a second open case at the centre.
 */
export async function openPersonalCaseIn(
  tx: EntityManager,
  staff: CaseStaff,
  citizenId: string,
  fields: NewPersonalCase,
  idempotencyKey: string | null = null,
): Promise<PersonalCase> {
  const open = await tx.count(PersonalCase, {
    citizenId,
    jobCenterId: staff.jobCenterId,
    status: { $ne: PersonalCaseStatus.CLOSED },
  });
  if (open > 0) throw conflict(ALREADY_OPEN);
  const now = new Date();
  const personalCase = tx.create(PersonalCase, {
    citizenId,
    jobCenterId: staff.jobCenterId,
    purpose: PersonalCasePurpose.JOB_SEARCH,
    status: fields.status,
    openedOn: fields.openedOn,
    personalAccountNumber: fields.personalAccountNumber,
    idempotencyKey,
    createdAt: now,
    updatedAt: now,
  });
  tx.create(PersonalCaseChange, {
    personalCase,
    kind: PersonalCaseChangeKind.OPENED,
    fromStatus: null,
    toStatus: fields.status,
    changedById: staff.userId,
    changedAt: now,
  });
  await recordPersonalCaseEvent(tx, personalCase, PersonalCaseChangeKind.OPENED);
  return personalCase;
}

export interface OpenPersonalCase extends NewPersonalCase {
  citizenId: string;
  idempotencyKey: string | null;
}

export async function openPersonalCase(
  em: EntityManager,
  staff: CaseStaff,
  input: OpenPersonalCase,
): Promise<PersonalCase> {
  const earlier = () =>
    input.idempotencyKey
      ? em
          .fork()
          .findOne(PersonalCase, { jobCenterId: staff.jobCenterId, idempotencyKey: input.idempotencyKey })
      : Promise.resolve(null);
  const repeated = await earlier();
  if (repeated) return repeated;
  try {
    return await em.transactional((tx) =>
      openPersonalCaseIn(tx, staff, input.citizenId, input, input.idempotencyKey),
    );
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // A retry that raced the first opening with the same key gets the case the first one opened.
    const first = await earlier();
    if (first) return first;
    if (isSecondOpenCase(error)) throw conflict(ALREADY_OPEN);
    throw error;
  }
}

/** Locks a case of the staff member's centre for a change; a case of another centre does not exist for them. */
async function openCaseOfCentre(tx: EntityManager, staff: CaseStaff, caseId: string): Promise<PersonalCase> {
  const personalCase = await tx.findOne(
    PersonalCase,
    { id: requireUuid('id', caseId, 'Личное дело') },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!personalCase || personalCase.jobCenterId !== staff.jobCenterId)
    throw notFound(PERSONAL_CASE_NOT_FOUND);
  if (personalCase.status === PersonalCaseStatus.CLOSED)
    throw conflict(`Личное дело закрыто ${personalCase.closedOn ?? ''}: изменить его нельзя, откройте новое`);
  return personalCase;
}

interface CaseChange {
  kind: PersonalCaseChangeKind;
  reason: string | null;
  apply: (personalCase: PersonalCase) => void;
}

function changeCase(em: EntityManager, staff: CaseStaff, caseId: string, change: CaseChange) {
  return em.transactional(async (tx) => {
    const personalCase = await openCaseOfCentre(tx, staff, caseId);
    const fromStatus = personalCase.status;
    change.apply(personalCase);
    const now = new Date();
    personalCase.updatedAt = now;
    tx.create(PersonalCaseChange, {
      personalCase,
      kind: change.kind,
      fromStatus,
      toStatus: personalCase.status,
      changedById: staff.userId,
      changedAt: now,
      reason: change.reason,
    });
    await recordPersonalCaseEvent(tx, personalCase, change.kind);
    return personalCase;
  });
}

export function changePersonalCaseStatus(
  em: EntityManager,
  staff: CaseStaff,
  caseId: string,
  status: PersonalCaseStatus,
  reason: string,
): Promise<PersonalCase> {
  const to = openStatus('status', status);
  const why = text('reason', reason, 2000, 'Укажите причину изменения статуса')!;
  return changeCase(em, staff, caseId, {
    kind: PersonalCaseChangeKind.STATUS_CHANGED,
    reason: why,
    apply: (personalCase) => {
      if (personalCase.status === to)
        throw conflict(`Личное дело уже в статусе «${personalCaseStatusLabels[to]}»`);
      personalCase.status = to;
    },
  });
}

export function setPersonalAccount(
  em: EntityManager,
  staff: CaseStaff,
  caseId: string,
  number: string,
): Promise<PersonalCase> {
  const account = personalAccountNumber('number', number);
  if (!account) throw badUserInput('number', 'Укажите номер лицевого счёта');
  return changeCase(em, staff, caseId, {
    kind: PersonalCaseChangeKind.ACCOUNT_SET,
    reason: null,
    apply: (personalCase) => (personalCase.personalAccountNumber = account),
  });
}

export function closePersonalCase(
  em: EntityManager,
  staff: CaseStaff,
  caseId: string,
  reason: string,
): Promise<PersonalCase> {
  const why = text('reason', reason, 2000, 'Укажите причину закрытия')!;
  return changeCase(em, staff, caseId, {
    kind: PersonalCaseChangeKind.CLOSED,
    reason: why,
    apply: (personalCase) => {
      personalCase.status = PersonalCaseStatus.CLOSED;
      personalCase.closedOn = new Date().toISOString().slice(0, 10);
      personalCase.closeReason = why;
    },
  });
}

/** All the citizen's cases, open first, then newest: one statement, for the cabinet and availability. */
export function casesOfCitizen(em: EntityManager, citizenId: string): Promise<PersonalCase[]> {
  return em.find(PersonalCase, { citizenId }, { orderBy: { openedOn: 'desc', id: 'desc' } });
}

export function casesOfJobCenter(
  em: EntityManager,
  jobCenterId: string,
  status: PersonalCaseStatus | null,
  page: PageInput,
): Promise<PersonalCase[]> {
  return em.find(
    PersonalCase,
    { jobCenterId, ...(status ? { status } : {}) },
    { orderBy: { openedOn: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}

/** Whether the person has a case at the centre: a relationship through which its staff reach the person. */
export async function citizenHasPersonalCaseAt(
  em: EntityManager,
  personId: string,
  jobCenterId: string,
): Promise<boolean> {
  return (await em.count(PersonalCase, { citizenId: personId, jobCenterId })) > 0;
}
