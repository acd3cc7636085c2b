import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  unauthenticated,
  VerifiedTokens,
  viewerFromClaims,
  type Viewer,
} from '@czn/kernel';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { isPartnerApiKey, PARTNER_KEYS_GO_TO_ROUTING } from './partner-api-keys';
import type { SessionCheck } from './session-check';

export interface VerifiedCaller {
  viewer: Viewer;
  /** When the token stops being valid, in ms since the epoch; null for an anonymous caller. */
  expiresAt: number | null;
}

export type AccessTokenVerifier = (authorization: string | undefined) => Promise<VerifiedCaller>;

export const SESSION_ENDED = 'Сеанс завершён: вы вышли из него или на всех устройствах. Войдите снова.';

/**
 * Verifies `Authorization: Bearer …` against identity's JWKS, and that the token's session is still on;
 * no header means an anonymous caller.
 */
export function accessTokenVerifier(
  jwksUrl: string,
  sessions: Pick<SessionCheck, 'isActive'>,
): AccessTokenVerifier {
  const keys = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000 });
  const verified = new VerifiedTokens<VerifiedCaller>();
  const signatureChecked = async (token: string): Promise<VerifiedCaller> => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['EdDSA'],
      });
      const viewer = viewerFromClaims(payload);
      if (viewer.kind !== 'user') throw new Error('token without subject');
      const caller = { viewer, expiresAt: payload.exp! * 1000 };
      verified.set(token, caller, payload.exp!);
      return caller;
    } catch {
      throw unauthenticated('Токен доступа недействителен или истёк. Войдите снова.');
    }
  };
  return async (authorization) => {
    if (!authorization) return { viewer: { kind: 'anonymous' }, expiresAt: null };
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw unauthenticated('Заголовок Authorization должен иметь вид «Bearer <токен доступа>»');
    }
    if (isPartnerApiKey(token)) throw unauthenticated(PARTNER_KEYS_GO_TO_ROUTING);
    const caller = await signatureChecked(token);
    const sessionId = caller.viewer.kind === 'user' ? caller.viewer.sessionId : null;
    if (sessionId && !(await sessions.isActive(sessionId))) throw unauthenticated(SESSION_ENDED);
    return caller;
  };
}
