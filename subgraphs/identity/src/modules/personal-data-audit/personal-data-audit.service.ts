import {
  actorOf,
  badUserInput,
  isUuid,
  notFound,
  type EntityManager,
  type Logger,
  type PageInput,
  type SignedInViewer,
  type SubgraphContext,
} from '@czn/kernel';
import { User } from '../user/user.entity';
import type { PersonReach } from './person-reach';
import { PersonalDataAccessEntry } from './personal-data-access.entity';
import { PersonalDataAccessGrant } from './personal-data-access-grant.entity';
import type { PersonalDataSubjectInput } from './personal-data-audit.types';
import { identityJournal } from './personal-data-log';

const SNILS_DIGITS = /^\d{11}$/;

/** How long a job centre reaches a person it asked access to. */
export const ACCESS_GRANT_HOURS = 24;

/**
 * The one refusal for a person the portal does not know and for one unrelated to the reader's centre, so that
 * the trail does not tell whether a SNILS is registered.
 */
export const SUBJECT_NOT_REACHABLE =
  'Журнал недоступен: среди людей, связанных с вашим ЦЗН (обращения, личные дела, направления), такого нет. Если журнал нужен по службе, запросите доступ с обоснованием';

/** How the trail names its own reading: the person's and the actors' data the page shows. */
export const auditTrailShown = () => 'Просмотр журнала доступа к персональным данным';

type StaffViewer = SignedInViewer & { jobCenterId: string };

/** The person asked for, by id or by SNILS; null when the portal has no such person. */
async function findSubject(em: EntityManager, subject: PersonalDataSubjectInput): Promise<User | null> {
  const { personId, snils } = subject;
  if (Boolean(personId) === Boolean(snils))
    throw badUserInput('snils', 'Укажите СНИЛС человека (или его идентификатор на портале), одно из двух');
  if (personId) return isUuid(personId) ? em.findOne(User, { id: personId }) : null;
  const digits = snils!.replace(/[\s-]/g, '');
  if (!SNILS_DIGITS.test(digits)) throw badUserInput('snils', 'СНИЛС — 11 цифр, например 112-233-445 95');
  const formatted = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
  return em.findOne(User, { snils: formatted });
}

/** The person whose trail the staff member's centre may read (see PersonReach), else SUBJECT_NOT_REACHABLE. */
export async function reachableSubject(
  em: EntityManager,
  reach: PersonReach,
  staff: StaffViewer,
  subject: PersonalDataSubjectInput,
  log: Logger,
): Promise<User> {
  const person = await findSubject(em, subject);
  if (!person || !(await reach.reaches(em, staff, person, log))) throw notFound(SUBJECT_NOT_REACHABLE);
  return person;
}

const newestFirst = { occurredAt: 'desc', id: 'desc' } as const;

/** A page of the trail; the person is named only, never with their dossier. */
export async function auditPage(em: EntityManager, person: User, page: PageInput) {
  const [entries, total] = await em.findAndCount(
    PersonalDataAccessEntry,
    { subjectId: person.id },
    { orderBy: newestFirst, limit: page.limit, offset: page.offset },
  );
  return { person: { id: person.id, fullName: person.fullName }, entries, total };
}

export const auditTrail = (em: EntityManager, person: User) =>
  em.find(PersonalDataAccessEntry, { subjectId: person.id }, { orderBy: newestFirst });

const REGION_DATE_TIME = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  dateStyle: 'short',
  timeStyle: 'short',
});

/**
 * A cross-centre need: the administrator asks access to a person their centre has no relationship with, saying
 * why. The centre reaches the person for ACCESS_GRANT_HOURS, and the request with its reason is a row of the
 * person's trail, so the person's centre sees who asked and why.
 */
export async function requestPersonalDataAccess(
  { em, viewer, requestId, client, personalData }: SubgraphContext<unknown>,
  staff: StaffViewer,
  subject: PersonalDataSubjectInput,
  reason: string,
): Promise<PersonalDataAccessGrant> {
  const why = reason.trim();
  if (why.length < 10 || why.length > 1000)
    throw badUserInput(
      'reason',
      'Напишите обоснование: зачем вашему ЦЗН данные человека (от 10 до 1000 символов)',
    );
  const person = await findSubject(em, subject);
  if (!person) throw notFound('Человек не найден на портале: проверьте СНИЛС');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ACCESS_GRANT_HOURS * 3600_000);
  return em.transactional(async (tx) => {
    const grant = tx.create(PersonalDataAccessGrant, {
      subjectId: person.id,
      jobCenterId: staff.jobCenterId,
      requestedBy: staff.userId,
      reason: why,
      grantedAt: now,
      expiresAt,
    });
    await identityJournal.write(tx, {
      occurredAt: now.toISOString(),
      service: 'identity',
      operation: `Запрос доступа из ЦЗН без обращения или направления, до ${REGION_DATE_TIME.format(expiresAt)}: ${why}`,
      graphqlOperation: personalData.graphqlOperation,
      requestId,
      clientAddress: client.address,
      actor: actorOf(viewer),
      accesses: [{ subjectId: person.id, action: 'ACCESS_REQUEST', kinds: [] }],
    });
    return grant;
  });
}
