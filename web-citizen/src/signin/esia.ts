/** Where the page asked for before signing in is kept while the browser is away at Gosuslugi. */
const RETURN_KEY = 'czn.citizen.esia.return';

export const ESIA_START = '/auth/esia/start';

/** Leaves for Gosuslugi (through the portal's /auth/esia/start), remembering where to come back. */
export function startEsiaSignIn(returnTo: string): void {
  window.sessionStorage.setItem(RETURN_KEY, returnTo);
  window.location.assign(ESIA_START);
}

export function takeReturnPath(fallback: string): string {
  const stored = window.sessionStorage.getItem(RETURN_KEY);
  window.sessionStorage.removeItem(RETURN_KEY);
  // Only paths of this app: never an address elsewhere.
  return stored && stored.startsWith('/') && !stored.startsWith('//') ? stored : fallback;
}
