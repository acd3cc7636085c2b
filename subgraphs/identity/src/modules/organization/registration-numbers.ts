/**
 * The tax service's registration numbers of an employer, checked with their check digits:
 * INN (10 digits for a legal entity, 12 for an individual entrepreneur), KPP (9 characters, legal entities
 * only) and OGRN (13 digits) or OGRNIP (15 digits). Each check returns a message saying what to fix, or null.
 */

const weighted = (digits: string, weights: number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);

const INN_10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const innCheckDigit = (inn: string, weights: number[]) => (weighted(inn, weights) % 11) % 10;

export function innProblem(inn: string): string | null {
  if (!/^\d+$/.test(inn))
    return 'ИНН состоит только из цифр: 10 у организации, 12 у индивидуального предпринимателя';
  if (inn.length === 10) {
    return innCheckDigit(inn, INN_10_WEIGHTS) === Number(inn[9])
      ? null
      : 'ИНН не прошёл проверку контрольной цифры: сверьте его со свидетельством о постановке на учёт';
  }
  if (inn.length === 12) {
    return innCheckDigit(inn, INN_12_WEIGHTS_11) === Number(inn[10]) &&
      innCheckDigit(inn, INN_12_WEIGHTS_12) === Number(inn[11])
      ? null
      : 'ИНН не прошёл проверку контрольных цифр: сверьте его со свидетельством о постановке на учёт';
  }
  return `В ИНН ${inn.length} цифр, а нужно 10 у организации или 12 у индивидуального предпринимателя`;
}

/** KPP: tax office code (4 digits), reason code (2 digits or capital Latin letters), number (3 digits). */
export function kppProblem(kpp: string): string | null {
  if (kpp.length !== 9) return `В КПП ${kpp.length} символов, а нужно 9`;
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp)
    ? null
    : 'КПП — 9 символов: 4 цифры кода налоговой, 2 цифры или заглавные латинские буквы причины постановки, 3 цифры';
}

/** OGRN (13 digits): the first 12 modulo 11; OGRNIP (15 digits): the first 14 modulo 13; then modulo 10. */
export function ogrnProblem(ogrn: string): string | null {
  if (!/^\d+$/.test(ogrn))
    return 'ОГРН состоит только из цифр: 13 у организации, 15 (ОГРНИП) у предпринимателя';
  const modulus = ogrn.length === 13 ? 11n : ogrn.length === 15 ? 13n : null;
  if (modulus === null)
    return `В ОГРН ${ogrn.length} цифр, а нужно 13 у организации или 15 (ОГРНИП) у индивидуального предпринимателя`;
  const check = Number(BigInt(ogrn.slice(0, -1)) % modulus) % 10;
  return check === Number(ogrn.slice(-1))
    ? null
    : 'ОГРН не прошёл проверку контрольной цифры: сверьте его с выпиской из ЕГРЮЛ или ЕГРИП';
}

/** A legal entity's INN and OGRN made valid by their check digits from the first 9 and 12 digits. */
export const legalEntityNumbers = (inn9: string, ogrn12: string) => ({
  inn: `${inn9}${innCheckDigit(inn9, INN_10_WEIGHTS)}`,
  ogrn: `${ogrn12}${Number(BigInt(ogrn12) % 11n) % 10}`,
});

export interface RegistrationNumbers {
  inn: string;
  kpp: string | null;
  ogrn: string;
}

/**
 * Every problem with an employer's numbers, by field: each alone, then whether they agree (a legal entity
 * has a 10-digit INN, a KPP and a 13-digit OGRN; an entrepreneur a 12-digit INN, no KPP and a 15-digit OGRNIP).
 */
export function registrationNumberProblems({ inn, kpp, ogrn }: RegistrationNumbers): Array<{
  field: 'inn' | 'kpp' | 'ogrn';
  message: string;
}> {
  const problems: Array<{ field: 'inn' | 'kpp' | 'ogrn'; message: string }> = [];
  const innMessage = innProblem(inn);
  if (innMessage) problems.push({ field: 'inn', message: innMessage });
  const ogrnMessage = ogrnProblem(ogrn);
  if (ogrnMessage) problems.push({ field: 'ogrn', message: ogrnMessage });
  const kppMessage = kpp === null ? null : kppProblem(kpp);
  if (kppMessage) problems.push({ field: 'kpp', message: kppMessage });
  if (innMessage) return problems;
  const legalEntity = inn.length === 10;
  if (legalEntity && kpp === null)
    problems.push({ field: 'kpp', message: 'Укажите КПП: он есть у каждой организации с ИНН из 10 цифр' });
  if (!legalEntity && kpp !== null)
    problems.push({
      field: 'kpp',
      message: 'У индивидуального предпринимателя (ИНН из 12 цифр) нет КПП: оставьте поле пустым',
    });
  if (!ogrnMessage && legalEntity !== (ogrn.length === 13))
    problems.push({
      field: 'ogrn',
      message: legalEntity
        ? 'У организации (ИНН из 10 цифр) ОГРН из 13 цифр, а указан ОГРНИП из 15'
        : 'У индивидуального предпринимателя (ИНН из 12 цифр) ОГРНИП из 15 цифр, а указан ОГРН из 13',
    });
  return problems;
}
