import { badUserInput, isUuid, notFound, type EntityManager, type PageInput } from '@czn/kernel';
import { User } from '../user/user.entity';
import { PersonalDataAccessEntry } from './personal-data-access.entity';
import type { PersonalDataSubjectInput } from './personal-data-audit.types';

const SNILS_DIGITS = /^\d{11}$/;

/** How the trail names its own reading: the person's and the actors' data the page shows. */
export const auditTrailShown = () => 'Просмотр журнала доступа к персональным данным';

/** The person whose trail is asked for, by id or by SNILS. */
export async function findSubject(em: EntityManager, subject: PersonalDataSubjectInput): Promise<User> {
  const { personId, snils } = subject;
  if (Boolean(personId) === Boolean(snils))
    throw badUserInput('snils', 'Укажите СНИЛС человека (или его идентификатор на портале), одно из двух');
  if (personId) {
    const person = isUuid(personId) ? await em.findOne(User, { id: personId }) : null;
    if (!person) throw notFound('Пользователь не найден: проверьте идентификатор');
    return person;
  }
  const digits = snils!.replace(/[\s-]/g, '');
  if (!SNILS_DIGITS.test(digits)) throw badUserInput('snils', 'СНИЛС — 11 цифр, например 112-233-445 95');
  const formatted = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
  const person = await em.findOne(User, { snils: formatted });
  if (!person) throw notFound(`Человек со СНИЛС ${formatted} на портале не найден`);
  return person;
}

const newestFirst = { occurredAt: 'desc', id: 'desc' } as const;

export async function auditPage(em: EntityManager, person: User, page: PageInput) {
  const [entries, total] = await em.findAndCount(
    PersonalDataAccessEntry,
    { subjectId: person.id },
    { orderBy: newestFirst, limit: page.limit, offset: page.offset },
  );
  return { person, entries, total };
}

export const auditTrail = (em: EntityManager, person: User) =>
  em.find(PersonalDataAccessEntry, { subjectId: person.id }, { orderBy: newestFirst });
