/** The phone forms the server accepts: +7 (913) 123-45-67, 8 913 123 45 67, 9131234567. */
export function isRussianMobileOrCityPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return (digits.length === 11 && /^[78]/.test(digits)) || (digits.length === 10 && !digits.startsWith('0'));
}

export const PHONE_FORMAT_MESSAGE = 'Укажите телефон в формате +7 (XXX) XXX-XX-XX';
