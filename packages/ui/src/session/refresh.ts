/** The gateway's session endpoints (same origin: the apps' servers pass `/auth/` to the gateway). */
export const REFRESH_URL = '/auth/session/refresh';
export const SIGN_OUT_URL = '/auth/session/sign-out';

export interface RenewedToken {
  accessToken: string;
  expiresAt: string;
}

/** Why a refresh did not give a new token: the session is over, or the gateway could not be reached. */
export type RenewFailure = 'ended' | 'unreachable';

/** The Web Lock under which the tabs of one browser take turns to refresh. */
export const REFRESH_LOCK = 'czn-session-refresh';

/**
 * Exchanges the refresh cookie (httpOnly: never seen by scripts) for a new access token. `userId` makes
 * sure a tab signed in as one person never continues as another who signed in later in the same browser.
 * Tabs share the cookie, and a refresh token works once: two tabs refreshing with the same cookie at the same
 * moment would look like a stolen token and end the session. So the tabs take turns through a Web Lock, and
 * each sends the cookie the previous one left.
 */
export async function requestNewToken(userId: string): Promise<RenewedToken | RenewFailure> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return exchangeCookie(userId);
  let outcome: RenewedToken | RenewFailure = 'unreachable';
  await locks.request(REFRESH_LOCK, async () => {
    outcome = await exchangeCookie(userId);
  });
  return outcome;
}

async function exchangeCookie(userId: string): Promise<RenewedToken | RenewFailure> {
  try {
    const response = await fetch(REFRESH_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    if (response.ok) return (await response.json()) as RenewedToken;
    return response.status === 401 || response.status === 400 ? 'ended' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** Ends the session on the server: its refresh token stops working. Survives the page being left. */
export function endSessionOnServer(): void {
  void fetch(SIGN_OUT_URL, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    keepalive: true,
  }).catch(() => undefined);
}

/**
 * When to renew: a minute before the token expires, or when a quarter of its remaining life is left if
 * that is sooner (a token about to expire is renewed just before it does).
 */
export function renewalDelay(expiresAt: string, now = Date.now()): number {
  const remaining = Date.parse(expiresAt) - now;
  return Math.max(0, remaining - Math.min(60_000, remaining / 4));
}
