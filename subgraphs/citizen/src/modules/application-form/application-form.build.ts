import { ApplicationFieldKind, ProfileValue } from './application-form.enums';
import type {
  ApplicationFieldOption,
  ApplicationFormField,
  ApplicationFormGroup,
} from './application-form.types';

type FieldRules = Partial<Omit<ApplicationFormField, 'key' | 'label' | 'kind'>>;

/** A field of a form: optional, without limits, unless the rules say otherwise. */
export function field(
  kind: ApplicationFieldKind,
  key: string,
  label: string,
  rules: FieldRules = {},
): ApplicationFormField {
  return {
    key,
    label,
    kind,
    required: false,
    options: [],
    maxLength: null,
    min: null,
    max: null,
    maxItems: null,
    hint: null,
    prefill: null,
    inputField: null,
    ...rules,
  };
}

/** Options in the order written, from value → label. */
export const choices = (labels: Record<string, string>): ApplicationFieldOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const group = (
  key: string,
  title: string,
  fields: ApplicationFormField[],
  description: string | null = null,
): ApplicationFormGroup => ({ key, title, description, fields });

/** The last group of every form: the contacts the centre answers at, prefilled, and a free comment. */
export const contactsGroup = group(
  'contacts',
  'Контакты',
  [
    field(ApplicationFieldKind.PHONE, 'contactPhone', 'Контактный телефон', {
      required: true,
      prefill: ProfileValue.PHONE,
      inputField: 'contactPhone',
      hint: 'Например, +7 (913) 123-45-67',
    }),
    field(ApplicationFieldKind.EMAIL, 'contactEmail', 'Электронная почта', {
      prefill: ProfileValue.EMAIL,
      inputField: 'contactEmail',
      maxLength: 254,
    }),
    field(ApplicationFieldKind.TEXTAREA, 'comment', 'Комментарий', {
      inputField: 'comment',
      maxLength: 2000,
    }),
  ],
  'Центр занятости свяжется с вами по этим контактам; они взяты из профиля',
);

const EDUCATION = choices({
  BASIC_GENERAL: 'Основное общее (9 классов)',
  SECONDARY_GENERAL: 'Среднее общее (11 классов)',
  VOCATIONAL_SECONDARY: 'Среднее профессиональное',
  HIGHER_BACHELOR: 'Высшее — бакалавриат',
  HIGHER_SPECIALIST: 'Высшее — специалитет, магистратура',
  POSTGRADUATE: 'Высшее — подготовка кадров высшей квалификации',
});

export const education = (required: boolean) =>
  field(ApplicationFieldKind.SELECT, 'education', 'Образование', { required, options: EDUCATION });

export const WORK_SCHEDULES = choices({
  FULL_DAY: 'Полный день',
  SHIFT: 'Сменный график',
  FLEXIBLE: 'Гибкий график',
  REMOTE: 'Удалённая работа',
  ROTATION: 'Вахтовый метод',
});

export const EMPLOYMENT_TYPES = choices({
  FULL: 'Полная занятость',
  PART: 'Частичная занятость',
  PROJECT: 'Проектная работа',
  INTERNSHIP: 'Стажировка',
  TEMPORARY: 'Временная работа',
});

export const district = (label: string, required: boolean) =>
  field(ApplicationFieldKind.TEXT, 'district', label, {
    required,
    maxLength: 200,
    hint: 'Город или район края, например: Барнаул, Первомайский район',
  });
