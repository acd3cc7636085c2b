import { EndpointRefusal } from '../feedback/failure';
import type { Session } from './session';

/** Where the page asked for before signing in is kept while the browser is away at Gosuslugi. */
const RETURN_KEY = 'czn.esia.return';

export const ESIA_START = '/auth/esia/start';
export const ESIA_COMPLETE = '/auth/esia/complete';

/** Whom the sign-in is for: a citizen, or an employer's representative. */
export type EsiaAudience = 'citizen' | 'employer';

/** Leaves for Gosuslugi (through the portal's /auth/esia/start), remembering where to come back. */
export function startEsiaSignIn(returnTo: string, as: EsiaAudience = 'citizen'): void {
  window.sessionStorage.setItem(RETURN_KEY, returnTo);
  window.location.assign(as === 'employer' ? `${ESIA_START}?as=employer` : ESIA_START);
}

export function takeReturnPath(fallback: string): string {
  const stored = window.sessionStorage.getItem(RETURN_KEY);
  window.sessionStorage.removeItem(RETURN_KEY);
  // Only paths of this app: never an address elsewhere.
  return stored && stored.startsWith('/') && !stored.startsWith('//') ? stored : fallback;
}

/**
 * Exchanges the one-time code Gosuslugi returned the browser with for a session. The gateway accepts it only
 * with the cookie of the browser that started the sign-in; a refusal rejects with the server's reason.
 */
export async function exchangeEsiaCode(code: string): Promise<Session> {
  const response = await fetch(ESIA_COMPLETE, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body) return body as Session;
  type Refused = { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null;
  const error = (body as Refused)?.errors?.[0];
  throw new EndpointRefusal(
    error?.message ?? 'Служба входа недоступна. Попробуйте войти через несколько минут.',
    error?.extensions?.code ?? null,
  );
}
