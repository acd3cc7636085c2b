/** The three Russian plural forms: for 1 («обращение»), for 2–4 («обращения») and for 5–20 («обращений»). */
export type PluralForms = readonly [one: string, few: string, many: string];

export const appealWords: PluralForms = ['обращение', 'обращения', 'обращений'];

const rules = new Intl.PluralRules('ru-RU');

/** «3 обращения», «21 обращение», «11 обращений». */
export function plural(count: number, [one, few, many]: PluralForms): string {
  const form = rules.select(count);
  const word = form === 'one' ? one : form === 'few' ? few : many;
  return `${formatNumber(count)} ${word}`;
}

const numbers = new Intl.NumberFormat('ru-RU');

/** Digits grouped the Russian way: «12 345». */
export const formatNumber = (value: number): string => numbers.format(value);

const roubles = new Intl.NumberFormat('ru-RU', {
  style: 'currency',
  currency: 'RUB',
  maximumFractionDigits: 0,
});

/** «45 000 ₽». */
export const formatRoubles = (value: number): string => roubles.format(value);
