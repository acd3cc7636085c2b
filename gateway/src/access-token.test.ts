import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@czn/kernel';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { accessTokenVerifier, SESSION_ENDED, type AccessTokenVerifier } from './access-token';

let server: http.Server;
let verify: AccessTokenVerifier;
let privateKey: KeyLike;
/** Sessions identity has ended; the gateway's SessionCheck asks identity, this test decides itself. */
const endedSessions = new Set<string>();

beforeAll(async () => {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  privateKey = pair.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
  server = http.createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  verify = accessTokenVerifier(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`, {
    isActive: async (sessionId) => !endedSessions.has(sessionId),
  });
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const token = (claims: { exp?: number; aud?: string; iss?: string } = {}) =>
  new SignJWT({ roles: ['REGISTRAR', 'NOT_A_ROLE'], jc: 'centre-1' })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setSubject('user-1')
    .setIssuer(claims.iss ?? ACCESS_TOKEN_ISSUER)
    .setAudience(claims.aud ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 60)
    .sign(privateKey);

test('a valid token becomes the viewer, keeping only known roles', async () => {
  const exp = Math.floor(Date.now() / 1000) + 60;
  expect(await verify(`Bearer ${await token({ exp })}`)).toEqual({
    viewer: {
      kind: 'user',
      userId: 'user-1',
      roles: ['REGISTRAR'],
      jobCenterId: 'centre-1',
      organizationId: null,
    },
    expiresAt: exp * 1000,
  });
});

test("an employer's token carries the organisation on to the viewer", async () => {
  const employerToken = await new SignJWT({ roles: ['EMPLOYER'], jc: null, org: 'org-1' })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setSubject('user-2')
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + 60)
    .sign(privateKey);
  expect((await verify(`Bearer ${employerToken}`)).viewer).toEqual({
    kind: 'user',
    userId: 'user-2',
    roles: ['EMPLOYER'],
    jobCenterId: null,
    organizationId: 'org-1',
  });
});

test('no Authorization header is an anonymous caller', async () => {
  expect(await verify(undefined)).toEqual({ viewer: { kind: 'anonymous' }, expiresAt: null });
});

test.each([
  ['an expired token', () => token({ exp: Math.floor(Date.now() / 1000) - 5 })],
  ['a token for another audience', () => token({ aud: 'someone-else' })],
  ['a token from another issuer', () => token({ iss: 'someone-else' })],
])('%s is UNAUTHENTICATED', async (_name, make) => {
  await expect(verify(`Bearer ${await make()}`)).rejects.toMatchObject({
    extensions: { code: 'UNAUTHENTICATED' },
    message: 'Токен доступа недействителен или истёк. Войдите снова.',
  });
});

test('a header that is not a bearer token says what shape it must have', async () => {
  await expect(verify('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
});

test('a token of an ended session is refused though its signature and lifetime still hold', async () => {
  const signed = () =>
    new SignJWT({ roles: ['CITIZEN'], sid: 'session-1' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
      .setSubject('user-3')
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 60)
      .sign(privateKey);
  const bearer = `Bearer ${await signed()}`;
  expect((await verify(bearer)).viewer).toMatchObject({ userId: 'user-3', sessionId: 'session-1' });
  endedSessions.add('session-1');
  await expect(verify(bearer)).rejects.toThrow(SESSION_ENDED);
});
