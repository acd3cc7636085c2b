import { createHash, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when typed from an e-mail. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ACTIVATION_VALIDITY_DAYS = 30;
/** Logins found taken with one code before it is spent: a code is not a way to learn whose logins exist. */
export const ACTIVATION_MAX_ATTEMPTS = 5;

/** A new code, 12 characters in three groups: ABCD-EFGH-JKMN (about 59 bits). */
export function newActivationCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** How the code was typed does not matter: case, spaces and dashes are ignored. */
export const normalizeActivationCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const hashActivationCode = (code: string) =>
  createHash('sha256').update(normalizeActivationCode(code)).digest('hex');
