import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ROLES,
  unauthenticated,
  type Role,
  type Viewer,
} from '@czn/kernel';
import { createRemoteJWKSet, jwtVerify } from 'jose';

export type AccessTokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

/** Verifies `Authorization: Bearer …` against identity's JWKS; no header means an anonymous caller. */
export function accessTokenVerifier(jwksUrl: string): AccessTokenVerifier {
  const keys = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000 });
  return async (authorization) => {
    if (!authorization) return { kind: 'anonymous' };
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw unauthenticated('Заголовок Authorization должен иметь вид «Bearer <токен доступа>»');
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['EdDSA'],
      });
      const roles = Array.isArray(payload['roles'])
        ? payload['roles'].filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
        : [];
      const jc = payload['jc'];
      if (!payload.sub) throw new Error('token without subject');
      return { kind: 'user', userId: payload.sub, roles, jobCenterId: typeof jc === 'string' ? jc : null };
    } catch {
      throw unauthenticated('Токен доступа недействителен или истёк. Войдите снова.');
    }
  };
}
