import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type EntityManager, type Orm } from '@czn/kernel';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { User } from '../user/user.entity';
import { SigningKey } from './signing-key.entity';

const ALGORITHM = 'EdDSA';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** Issues short-lived access tokens signed with the newest key; creates the first key on demand. */
export class AccessTokens {
  constructor(readonly ttlSeconds: number) {}

  async issue(em: EntityManager, user: User): Promise<IssuedToken> {
    const key = await currentKey(em);
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const accessToken = await new SignJWT({
      roles: user.roles,
      jc: user.jobCenterId,
      org: user.organization?.id ?? null,
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await importJWK(key.privateJwk, ALGORITHM));
    return { accessToken, expiresAt };
  }
}

const newestKey = async (em: EntityManager) =>
  (await em.find(SigningKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1 }))[0];

async function currentKey(em: EntityManager): Promise<SigningKey> {
  const newest = await newestKey(em);
  if (newest) return newest;
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const withKid = (jwk: JWK): JWK => ({ ...jwk, kid, alg: ALGORITHM, use: 'sig' });
  // Two replicas may race to create the first key: the loser keeps the winner's.
  await em.getConnection().execute(
    `insert into identity.signing_key (kid, private_jwk, public_jwk, created_at)
     select ?, ?, ?, now() where not exists (select 1 from identity.signing_key)`,
    [
      kid,
      JSON.stringify(withKid(await exportJWK(privateKey))),
      JSON.stringify(withKid(await exportJWK(publicKey))),
    ],
  );
  return (await newestKey(em))!;
}

/** The public keys, for `/.well-known/jwks.json`. */
export async function publishedKeys(orm: Orm): Promise<{ keys: JWK[] }> {
  const keys = await orm.em.fork().find(SigningKey, {}, { orderBy: { createdAt: 'desc' } });
  return { keys: keys.map((key) => key.publicJwk) };
}
