import type { ApplicationFieldValue, ApplicationFormOfQuery } from '../gql/graphql';

export type FormDescription = ApplicationFormOfQuery['applicationForm'];
export type FormGroup = FormDescription['groups'][number];
export type FormField = FormGroup['fields'][number];

/** What the person filled in, by the form's names: the input's own fields and the answers under `fields`. */
export interface ApplicationValues {
  jobCenterId?: string;
  contactPhone?: string;
  contactEmail?: string;
  comment?: string;
  fields?: Record<string, unknown>;
}

/** What submitAppeal takes besides the service and the idempotency key. */
export interface ApplicationSubmission {
  jobCenterId: string;
  contactPhone: string;
  contactEmail: string | null;
  comment: string | null;
  fields: ApplicationFieldValue[];
}

/** The profile values a form may be prefilled with. */
export interface Profile {
  fullName: string;
  phone: string | null;
  email: string | null;
}

const LIST_KINDS = new Set(['DATE_RANGE', 'MULTISELECT', 'TAGS', 'FAVORITE_VACANCIES']);

/** Where a field's value lives in the antd form: the input's own field, or its answer under `fields`. */
export const fieldName = (field: FormField): string[] =>
  field.inputField ? [field.inputField] : ['fields', field.key];

/** A server's `fields.salaryFrom` or `contactPhone` as the form's name path. */
export const nameOfProblem = (field: string): string[] =>
  field.startsWith('fields.') ? ['fields', field.slice('fields.'.length)] : [field];

/** The form's starting values: what the profile knows of the fields that ask for it. */
export function prefilled(form: FormDescription, profile: Profile): ApplicationValues {
  const values: ApplicationValues = { fields: {} };
  for (const field of form.groups.flatMap((group) => group.fields)) {
    const value =
      field.prefill === 'PHONE' ? profile.phone : field.prefill === 'EMAIL' ? profile.email : null;
    if (value === null) continue;
    if (field.inputField) (values as Record<string, unknown>)[field.inputField] = value;
    else values.fields![field.key] = value;
  }
  return values;
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** One answer as the server takes it, or null when the field was left empty. */
function answerOf(field: FormField, raw: unknown): ApplicationFieldValue | null {
  if (LIST_KINDS.has(field.kind)) {
    const values = (Array.isArray(raw) ? raw : []).map(trimmed);
    if (field.kind === 'DATE_RANGE') return values.some(Boolean) ? { key: field.key, values } : null;
    const given = values.filter(Boolean);
    return given.length > 0 ? { key: field.key, values: given } : null;
  }
  if (field.kind === 'CHECKBOX')
    return typeof raw === 'boolean' ? { key: field.key, value: raw ? 'true' : 'false' } : null;
  if (field.kind === 'NUMBER' || field.kind === 'MONEY')
    return typeof raw === 'number' ? { key: field.key, value: String(raw) } : null;
  const value = trimmed(raw);
  return value ? { key: field.key, value } : null;
}

/** The filled form as submitAppeal takes it: the input's own fields apart, the answers in the form's order. */
export function submissionOf(form: FormDescription, values: ApplicationValues): ApplicationSubmission {
  const fields = form.groups
    .flatMap((group) => group.fields)
    .filter((field) => !field.inputField)
    .map((field) => answerOf(field, values.fields?.[field.key]))
    .filter((answer): answer is ApplicationFieldValue => answer !== null);
  return {
    jobCenterId: values.jobCenterId ?? '',
    contactPhone: trimmed(values.contactPhone),
    contactEmail: trimmed(values.contactEmail) || null,
    comment: trimmed(values.comment) || null,
    fields,
  };
}
