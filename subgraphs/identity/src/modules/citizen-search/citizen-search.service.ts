import { badUserInput, type EntityManager } from '@czn/kernel';
import { User } from '../user/user.entity';

/** At most this many namesakes are shown: enough to tell them apart by birth date, not a register to browse. */
export const MAX_FOUND = 20;

/** СНИЛС as identity keeps it (000-000-000 00), from however people type it. */
export function normalisedSnils(field: string, value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) throw badUserInput(field, 'СНИЛС — 11 цифр, например 112-233-445 95');
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** The words of a full name: at least surname and name, each of two letters or more. */
function nameWords(field: string, value: string): string[] {
  const words = value.trim().toLocaleLowerCase('ru').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.some((word) => word.length < 2))
    throw badUserInput(field, 'Укажите хотя бы фамилию и имя полностью, например «Иванов Иван»');
  if (words.length > 5) throw badUserInput(field, 'Не больше пяти слов: фамилия, имя, отчество');
  return words;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface CitizenSearch {
  snils?: string | null;
  fullName?: string | null;
}

/**
 * Citizens (accounts with role CITIZEN) by exact СНИЛС or by every word of the full name, case-insensitive;
 * namesakes ordered by name and birth date. One of the two criteria, not both.
 */
export function findCitizens(em: EntityManager, { snils, fullName }: CitizenSearch): Promise<User[]> {
  const bySnils = snils?.trim() ? snils : null;
  const byName = fullName?.trim() ? fullName : null;
  if (Boolean(bySnils) === Boolean(byName))
    throw badUserInput('snils', 'Укажите СНИЛС или ФИО гражданина, одно из двух');
  const where = bySnils
    ? { snils: normalisedSnils('snils', bySnils) }
    : { $and: nameWords('fullName', byName!).map((word) => ({ fullName: { $ilike: likePattern(word) } })) };
  return em.find(
    User,
    { ...where, roles: { $contains: ['CITIZEN'] } },
    { orderBy: { fullName: 'asc', birthDate: 'asc', id: 'asc' }, limit: MAX_FOUND },
  );
}
