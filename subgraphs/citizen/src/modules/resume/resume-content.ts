import { badUserInput, isLocality } from '@czn/kernel';
import { emailAddress, phoneNumber, text } from '../appeal/appeal.inputs';
import type { ResumeEducation, ResumeExperience } from './resume.entity';
import type { ResumeInput } from './resume.inputs';

/** What a resume holds once its input is checked: the columns createResume and updateResume write. */
export interface ResumeContent {
  desiredPosition: string;
  fieldOfActivity: string | null;
  desiredSalary: number | null;
  city: string | null;
  educations: ResumeEducation[];
  experiences: ResumeExperience[];
  keySkills: string[];
  about: string | null;
  fullName: string;
  birthDate: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  publish: boolean;
  publishName: boolean;
  publishAddress: boolean;
  publishPhone: boolean;
  publishAge: boolean;
}

const MAX_EDUCATIONS = 10;
const MAX_EXPERIENCES = 20;
const MAX_SKILLS = 30;
const MAX_SALARY = 10_000_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function listOf<T>(field: string, items: T[], max: number, what: string): T[] {
  if (items.length > max)
    throw badUserInput(field, `${what}: не больше ${max} записей (сейчас ${items.length})`);
  return items;
}

function salary(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (value <= 0 || value > MAX_SALARY)
    throw badUserInput(
      'desiredSalary',
      `Укажите желаемую зарплату в рублях: от 1 до ${MAX_SALARY.toLocaleString('ru-RU')}`,
    );
  return value;
}

function city(value: string | null | undefined): string | null {
  const name = text('city', value, 100, null);
  if (name !== null && !isLocality(name))
    throw badUserInput(
      'city',
      `Города «${name}» нет в справочнике городов России: проверьте название, например «Барнаул»`,
    );
  return name;
}

function month(field: string, value: string, now: Date): string {
  const match = MONTH.exec(value.trim());
  if (!match) throw badUserInput(field, 'Укажите месяц и год в формате ГГГГ-ММ, например 2019-09');
  const current = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  if (match[0] > current) throw badUserInput(field, 'Месяц ещё не наступил: укажите прошедший или текущий');
  return match[0];
}

function education(item: ResumeInput['educations'][number], index: number, now: Date): ResumeEducation {
  const at = `educations[${index}]`;
  const year = item.graduationYear ?? null;
  if (year !== null && (year < 1940 || year > now.getFullYear() + 6))
    throw badUserInput(`${at}.graduationYear`, `Год окончания: от 1940 до ${now.getFullYear() + 6}`);
  return {
    level: item.level,
    institution: text(`${at}.institution`, item.institution, 300, 'Укажите учебное заведение')!,
    specialty: text(`${at}.specialty`, item.specialty, 300, null),
    graduationYear: year,
  };
}

function experience(item: ResumeInput['experiences'][number], index: number, now: Date): ResumeExperience {
  const at = `experiences[${index}]`;
  const from = month(`${at}.from`, item.from, now);
  const to = item.to?.trim() ? month(`${at}.to`, item.to, now) : null;
  if (to !== null && to < from)
    throw badUserInput(`${at}.to`, 'Окончание работы раньше начала: проверьте даты');
  return {
    organization: text(`${at}.organization`, item.organization, 300, 'Укажите организацию')!,
    position: text(`${at}.position`, item.position, 200, 'Укажите должность')!,
    from,
    to,
    duties: text(`${at}.duties`, item.duties, 4000, null),
  };
}

/** Skills trimmed, empty ones dropped, repeats (in any letter case) kept once. */
function keySkills(skills: string[]): string[] {
  const kept = new Map<string, string>();
  skills.forEach((skill, index) => {
    const trimmed = text(`keySkills[${index}]`, skill, 100, null);
    if (trimmed && !kept.has(trimmed.toLocaleLowerCase('ru')))
      kept.set(trimmed.toLocaleLowerCase('ru'), trimmed);
  });
  return listOf('keySkills', [...kept.values()], MAX_SKILLS, 'Ключевые навыки');
}

function birthDate(value: string | null | undefined, now: Date): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed)
    throw badUserInput('birthDate', 'Укажите дату рождения в формате ГГГГ-ММ-ДД, например 1990-05-17');
  const age = ageOn(trimmed, now);
  if (age < 14 || age > 100)
    throw badUserInput('birthDate', 'Проверьте дату рождения: возраст от 14 до 100 лет');
  return trimmed;
}

/** Full years on `now`'s date for a YYYY-MM-DD birth date. */
export function ageOn(birth: string, now: Date): number {
  const [year, month, day] = birth.split('-').map(Number) as [number, number, number];
  const hadBirthday = now.getMonth() + 1 > month || (now.getMonth() + 1 === month && now.getDate() >= day);
  return now.getFullYear() - year - (hadBirthday ? 0 : 1);
}

/** Checks a resume as the citizen filled it, naming the first field to fix in Russian. */
export function resumeContent(input: ResumeInput, now: Date): ResumeContent {
  const { consent } = input;
  return {
    desiredPosition: text('desiredPosition', input.desiredPosition, 200, 'Укажите желаемую должность')!,
    fieldOfActivity: text('fieldOfActivity', input.fieldOfActivity, 200, null),
    desiredSalary: salary(input.desiredSalary),
    city: city(input.city),
    educations: listOf('educations', input.educations, MAX_EDUCATIONS, 'Образование').map((item, index) =>
      education(item, index, now),
    ),
    experiences: listOf('experiences', input.experiences, MAX_EXPERIENCES, 'Опыт работы').map((item, index) =>
      experience(item, index, now),
    ),
    keySkills: keySkills(input.keySkills),
    about: text('about', input.about, 4000, null),
    fullName: text('fullName', input.fullName, 300, 'Укажите ФИО')!,
    birthDate: birthDate(input.birthDate, now),
    phone: phoneNumber('phone', input.phone),
    email: emailAddress('email', input.email),
    address: text('address', input.address, 500, null),
    publish: consent.publish,
    publishName: consent.publishName,
    publishAddress: consent.publishAddress,
    publishPhone: consent.publishPhone,
    publishAge: consent.publishAge,
  };
}
