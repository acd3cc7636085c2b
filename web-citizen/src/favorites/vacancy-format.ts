import { formatRoubles, type PluralForms } from '@czn/ui';

export const vacancyWords: PluralForms = ['вакансия', 'вакансии', 'вакансий'];

/** A vacancy's salary as the bank shows it: «45 000 ₽ – 55 000 ₽», «от 45 000 ₽», or agreed at interview. */
export function salaryText(salaryFrom: number | null, salaryTo: number | null): string {
  if (salaryFrom !== null && salaryTo !== null)
    return `${formatRoubles(salaryFrom)} – ${formatRoubles(salaryTo)}`;
  if (salaryFrom !== null) return `от ${formatRoubles(salaryFrom)}`;
  if (salaryTo !== null) return `до ${formatRoubles(salaryTo)}`;
  return 'по договорённости';
}
