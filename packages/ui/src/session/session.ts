import type { Role, SignInMutation } from '../gql/graphql';

export type Session = SignInMutation['signIn'];

/** Which cabinet this is: whose accounts it admits and how it names itself in messages. */
export interface AppAudience {
  /** Key under which the tab keeps its session across reloads. */
  storageKey: string;
  /** «кабинета гражданина»: the genitive, for «учётная запись не подходит для …». */
  cabinetGenitive: string;
  admits(roles: readonly Role[]): boolean;
}

export const SESSION_EXPIRED_NOTICE = 'Сеанс завершён: срок входа истёк. Войдите снова, чтобы продолжить.';

/** The session survives a reload of the tab but not the closing of the browser. */
export function loadSession(audience: AppAudience, now = Date.now()): Session | null {
  const raw = window.sessionStorage.getItem(audience.storageKey);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.expiresAt) > now ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(audience: AppAudience, session: Session | null): void {
  if (session) window.sessionStorage.setItem(audience.storageKey, JSON.stringify(session));
  else window.sessionStorage.removeItem(audience.storageKey);
}
