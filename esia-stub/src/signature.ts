import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The stub's check of `client_secret`: HMAC-SHA256 of the signed string under the shared development secret,
 * base64url. Identity's `HmacEsiaSigner` makes the same. Production ESIA instead checks a GOST R 34.10-2012
 * detached signature made with the portal's certificate (see README, «Вход через Госуслуги»).
 */
export function hmacSecret(secret: string, signed: string): string {
  return createHmac('sha256', secret).update(signed, 'utf8').digest('base64url');
}

export function hmacMatches(secret: string, signed: string, given: string): boolean {
  const expected = Buffer.from(hmacSecret(secret, signed));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
