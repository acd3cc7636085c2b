import { isUuid, type InputProblem } from '@czn/kernel';
import { ApplicationFieldKind as Kind, LIST_KINDS } from './application-form.enums';
import type { ApplicationFieldValue } from './application-form.inputs';
import type { ApplicationVacancies } from './application-vacancies';
import type { ApplicationForm, ApplicationFormField, ApplicationGroupAnswer } from './application-form.types';

/** The answers stored on an appeal: by field key, one value or a list, as the kind takes it. */
export type ApplicationAnswers = Record<string, string | string[]>;

type Answer = string | string[];
/** An answer made canonical, null when nothing was given, or what to fix. */
type Reading = { answer: Answer | null } | { problem: string };

const numberFormat = new Intl.NumberFormat('ru-RU');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The fields answered through `fields`: all but those the input carries itself (contacts, comment). */
const answerableFields = (form: ApplicationForm): ApplicationFormField[] =>
  form.groups.flatMap((group) => group.fields.filter((field) => field.inputField === null));

/**
 * Problems in the order a person meets their fields: the form's, its own input fields (contacts) where the form
 * puts them, then anything else (the job centre, keys the form does not have).
 */
export function inFormOrder(form: ApplicationForm, problems: InputProblem[]): InputProblem[] {
  const names = form.groups.flatMap((group) =>
    group.fields.map((field) => field.inputField ?? `fields.${field.key}`),
  );
  const position = (problem: InputProblem) => {
    const index = names.indexOf(problem.field);
    return index === -1 ? names.length : index;
  };
  return [...problems].sort((a, b) => position(a) - position(b));
}

const isIsoDate = (value: string): boolean => {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return date.toISOString().startsWith(value);
};

const formatDate = (iso: string) => iso.split('-').reverse().join('.');

function readText(field: ApplicationFormField, raw: string, multiLine: boolean): Reading {
  const text = raw.trim();
  if (!text) return { answer: null };
  if (!multiLine && /[\r\n\t]/.test(text))
    return { problem: `«${field.label}»: одна строка, без переводов строки` };
  if (field.maxLength !== null && text.length > field.maxLength)
    return { problem: `«${field.label}»: не больше ${field.maxLength} символов (сейчас ${text.length})` };
  return { answer: text };
}

function readNumber(field: ApplicationFormField, raw: string): Reading {
  const digits = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!digits) return { answer: null };
  if (!/^\d{1,10}$/.test(digits)) return { problem: `«${field.label}»: укажите целое число цифрами` };
  const number = Number(digits);
  if ((field.min !== null && number < field.min) || (field.max !== null && number > field.max))
    return {
      problem: `«${field.label}»: число от ${numberFormat.format(field.min ?? 0)} до ${numberFormat.format(field.max ?? Number.MAX_SAFE_INTEGER)}`,
    };
  return { answer: String(number) };
}

function readList(field: ApplicationFormField, raw: string[]): Reading {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const item = value.trim();
    if (!item) continue;
    let canonical = item;
    switch (field.kind) {
      case Kind.MULTISELECT:
        if (!field.options.some((option) => option.value === item))
          return { problem: `«${field.label}»: выберите варианты из списка` };
        break;
      case Kind.TAGS:
        if (field.maxLength !== null && item.length > field.maxLength)
          return { problem: `«${field.label}»: каждое значение не длиннее ${field.maxLength} символов` };
        break;
      case Kind.FAVORITE_VACANCIES:
        if (!isUuid(item)) return { problem: `«${field.label}»: выберите вакансии из избранного` };
        canonical = item.toLowerCase();
        break;
      default:
        break;
    }
    const identity = canonical.toLowerCase();
    if (seen.has(identity)) continue;
    seen.add(identity);
    items.push(canonical);
  }
  if (items.length === 0) return { answer: null };
  if (field.maxItems !== null && items.length > field.maxItems)
    return { problem: `«${field.label}»: не больше ${field.maxItems} (сейчас ${items.length})` };
  return { answer: items };
}

function readPeriod(field: ApplicationFormField, raw: string[]): Reading {
  const dates = raw.map((value) => value.trim());
  if (dates.every((date) => !date)) return { answer: null };
  if (dates.length !== 2 || !dates.every(isIsoDate))
    return { problem: `«${field.label}»: укажите дату начала и дату окончания` };
  if (dates[0]! > dates[1]!) return { problem: `«${field.label}»: дата окончания не раньше даты начала` };
  return { answer: dates };
}

function read(field: ApplicationFormField, given: ApplicationFieldValue): Reading {
  const list = LIST_KINDS.has(field.kind);
  const value = given.value ?? null;
  const values = given.values ?? null;
  if (list && value !== null) return { problem: `«${field.label}»: передайте список значений (values)` };
  if (!list && values !== null) return { problem: `«${field.label}»: передайте одно значение (value)` };
  switch (field.kind) {
    case Kind.TEXT:
      return readText(field, value ?? '', false);
    case Kind.TEXTAREA:
      return readText(field, value ?? '', true);
    case Kind.NUMBER:
    case Kind.MONEY:
      return readNumber(field, value ?? '');
    case Kind.DATE: {
      const date = (value ?? '').trim();
      if (!date) return { answer: null };
      return isIsoDate(date) ? { answer: date } : { problem: `«${field.label}»: дата в формате ГГГГ-ММ-ДД` };
    }
    case Kind.SELECT: {
      const choice = (value ?? '').trim();
      if (!choice) return { answer: null };
      return field.options.some((option) => option.value === choice)
        ? { answer: choice }
        : { problem: `«${field.label}»: выберите вариант из списка` };
    }
    case Kind.CHECKBOX: {
      const mark = (value ?? '').trim();
      if (!mark || mark === 'false') return { answer: mark ? 'false' : null };
      return mark === 'true'
        ? { answer: 'true' }
        : { problem: `«${field.label}»: отметьте или снимите отметку` };
    }
    case Kind.DATE_RANGE:
      return readPeriod(field, values ?? []);
    case Kind.MULTISELECT:
    case Kind.TAGS:
    case Kind.FAVORITE_VACANCIES:
      return readList(field, values ?? []);
    case Kind.PHONE:
    case Kind.EMAIL:
      return { problem: `«${field.label}» передаётся полем ${field.inputField}` };
  }
}

const missing = (field: ApplicationFormField) =>
  field.kind === Kind.SELECT || field.kind === Kind.MULTISELECT
    ? `Выберите: «${field.label}»`
    : field.kind === Kind.CHECKBOX
      ? `Отметьте: «${field.label}»`
      : `Заполните поле «${field.label}»`;

/**
 * Reads a submission's answers against the service's form: each canonical (trimmed, numbers as digits, lists
 * without repeats), and every problem at once, each naming its field as `fields.<key>`.
 */
export function readAnswers(
  form: ApplicationForm,
  given: readonly ApplicationFieldValue[],
): { answers: ApplicationAnswers; problems: InputProblem[] } {
  const fields = new Map(answerableFields(form).map((field) => [field.key, field]));
  const answers: ApplicationAnswers = {};
  const problems: InputProblem[] = [];
  const answered = new Set<string>();
  for (const item of given) {
    const name = `fields.${item.key}`;
    const field = fields.get(item.key);
    if (!field) {
      problems.push({
        field: name,
        message: `В этом заявлении нет поля «${item.key}»: обновите страницу и заполните форму заново`,
      });
      continue;
    }
    if (answered.has(field.key)) {
      problems.push({ field: name, message: `«${field.label}» указано дважды` });
      continue;
    }
    answered.add(field.key);
    const reading = read(field, item);
    if ('problem' in reading) problems.push({ field: name, message: reading.problem });
    else if (reading.answer !== null) answers[field.key] = reading.answer;
  }
  for (const field of fields.values()) {
    const answer = answers[field.key];
    const given = answer !== undefined && !(field.kind === Kind.CHECKBOX && answer === 'false');
    if (field.required && !given && !problems.some((p) => p.field === `fields.${field.key}`))
      problems.push({ field: `fields.${field.key}`, message: missing(field) });
  }
  return { answers, problems };
}

function display(field: ApplicationFormField, answer: Answer, vacancies: ApplicationVacancies): string {
  const label = (value: string) => field.options.find((option) => option.value === value)?.label ?? value;
  const list = Array.isArray(answer) ? answer : [answer];
  switch (field.kind) {
    case Kind.NUMBER:
      return numberFormat.format(Number(answer));
    case Kind.MONEY:
      return `${numberFormat.format(Number(answer))} ₽`;
    case Kind.DATE:
      return formatDate(String(answer));
    case Kind.DATE_RANGE:
      return `${formatDate(list[0]!)} — ${formatDate(list[1]!)}`;
    case Kind.SELECT:
    case Kind.MULTISELECT:
      return list.map(label).join(', ');
    case Kind.CHECKBOX:
      return answer === 'true' ? 'Да' : 'Нет';
    case Kind.FAVORITE_VACANCIES:
      return list.map((id) => vacancies[id] ?? 'вакансия без сохранённого названия').join('; ');
    default:
      return list.join(', ');
  }
}

/**
 * The stored answers as people read them: the form's groups and fields in its order, unanswered ones left out,
 * vacancies by the titles kept at submission.
 */
export function answerGroups(
  form: ApplicationForm,
  answers: ApplicationAnswers,
  vacancies: ApplicationVacancies,
): ApplicationGroupAnswer[] {
  return form.groups
    .map((group) => ({
      key: group.key,
      title: group.title,
      fields: group.fields.flatMap((field) => {
        const answer = answers[field.key];
        if (field.inputField !== null || answer === undefined) return [];
        return [
          {
            key: field.key,
            label: field.label,
            kind: field.kind,
            display: display(field, answer, vacancies),
            values: Array.isArray(answer) ? answer : [answer],
          },
        ];
      }),
    }))
    .filter((group) => group.fields.length > 0);
}
