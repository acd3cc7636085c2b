import { formatRoubles } from './plural';

export const vacancyWords = ['вакансия', 'вакансии', 'вакансий'] as const;

/** «от 45 000 ₽ до 60 000 ₽», «от 45 000 ₽», «до 60 000 ₽» or «по договорённости». */
export function formatSalary(from: number | null | undefined, to: number | null | undefined): string {
  if (from != null && to != null)
    return from === to ? formatRoubles(from) : `от ${formatRoubles(from)} до ${formatRoubles(to)}`;
  if (from != null) return `от ${formatRoubles(from)}`;
  if (to != null) return `до ${formatRoubles(to)}`;
  return 'по договорённости';
}
