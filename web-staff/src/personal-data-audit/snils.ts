/** The 11 digits of a SNILS typed as 112-233-445 95, 11223344595 or with spaces; null when it is not one. */
export function snilsDigits(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

export const SNILS_FORMAT_MESSAGE = 'СНИЛС — 11 цифр, можно с дефисами и пробелом: 112-233-445 95';

/** 112-233-445 95, as the SNILS is printed. */
export const formatSnils = (digits: string): string =>
  `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
