/** Where the page asked for before signing in is kept while the browser is away at Gosuslugi. */
const RETURN_KEY = 'czn.esia.return';

export const ESIA_START = '/auth/esia/start';

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
