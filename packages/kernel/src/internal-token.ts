import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { VerifiedTokens } from './verified-tokens';
import { ROLES, type Role, type Viewer } from './viewer';

/** Header through which one service passes its signed statement of who calls and on whose behalf. */
export const INTERNAL_TOKEN_HEADER = 'x-internal-token';
export const REQUEST_ID_HEADER = 'x-request-id';

/** The caller every subgraph accepts for every operation. */
export const GATEWAY = 'gateway';
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

/** Who calls (the token's issuer) and which subgraph is called (its audience), both by service name. */
export interface InternalRoute {
  caller: string;
  target: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signInternalToken(
  secret: string,
  { caller, target }: InternalRoute,
  viewer: Viewer,
): Promise<string> {
  // A partner key reaches only the routing subgraph; nothing may pass it on to another one.
  if (viewer.kind === 'partner-key') throw new Error('a partner key caller is never vouched for');
  const claims =
    viewer.kind === 'user'
      ? {
          roles: viewer.roles,
          jc: viewer.jobCenterId,
          org: viewer.organizationId,
          ...(viewer.sessionId ? { sid: viewer.sessionId } : {}),
          ...(viewer.partnerAgencyId ? { pa: viewer.partnerAgencyId } : {}),
        }
      : { roles: [] as Role[] };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(caller)
    .setAudience(target)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`);
  if (viewer.kind === 'user') jwt.setSubject(viewer.userId);
  return jwt.sign(key(secret));
}

/**
 * The viewer a verified token's claims describe (`sub`, `roles`, `jc` the staff member's job centre, `org`
 * the employer's organisation, `sid` the sign-in session, `pa` a partner user's agency); unknown roles are dropped. Identity's access tokens and the gateway's
 * internal tokens carry the same claims.
 */
export function viewerFromClaims(payload: JWTPayload): Viewer {
  if (!payload.sub) return { kind: 'anonymous' };
  const roles = Array.isArray(payload['roles'])
    ? payload['roles'].filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
    : [];
  const jc = payload['jc'];
  const org = payload['org'];
  const sid = payload['sid'];
  const pa = payload['pa'];
  return {
    kind: 'user',
    userId: payload.sub,
    roles,
    jobCenterId: typeof jc === 'string' ? jc : null,
    organizationId: typeof org === 'string' ? org : null,
    ...(typeof sid === 'string' ? { sessionId: sid } : {}),
    ...(typeof pa === 'string' ? { partnerAgencyId: pa } : {}),
  };
}

/** A verified internal call: the service that signed it and the viewer it acts for. */
export interface InternalCaller {
  caller: string;
  viewer: Viewer;
}

export type InternalTokenVerifier = (token: string | undefined) => Promise<InternalCaller | null>;

/**
 * Verifies tokens addressed to the subgraph named `audience`; null when the token is missing, forged,
 * expired, or meant for another subgraph.
 */
export function internalTokenVerifier(secret: string, audience: string): InternalTokenVerifier {
  const verified = new VerifiedTokens<InternalCaller>();
  return async (token) => {
    if (!token) return null;
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, key(secret), {
        audience,
        algorithms: ['HS256'],
        requiredClaims: ['iss', 'exp'],
      });
      const caller = { caller: payload.iss!, viewer: viewerFromClaims(payload) };
      verified.set(token, caller, payload.exp!);
      return caller;
    } catch {
      return null;
    }
  };
}

/** The identity service issues access tokens for this audience; the gateway accepts only those. */
export const ACCESS_TOKEN_ISSUER = 'czn-identity';
export const ACCESS_TOKEN_AUDIENCE = 'czn-portal';
