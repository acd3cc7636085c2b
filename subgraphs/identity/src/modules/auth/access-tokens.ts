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

export interface AccessTokenSettings {
  ttlSeconds: number;
  /** A signing key older than this is replaced by a new one; default 30 days. */
  keyRotationSeconds?: number;
  now?: () => Date;
}

export const DEFAULT_KEY_ROTATION_SECONDS = 30 * 24 * 3600;

/**
 * Issues short-lived access tokens signed with the newest key. A key older than the rotation period is
 * replaced on the next issue (the first key is created the same way); older keys stay published in JWKS
 * until every token they signed has expired.
 */
export class AccessTokens {
  readonly ttlSeconds: number;
  readonly keyRotationSeconds: number;
  private readonly now: () => Date;

  constructor(settings: AccessTokenSettings | number) {
    const resolved = typeof settings === 'number' ? { ttlSeconds: settings } : settings;
    this.ttlSeconds = resolved.ttlSeconds;
    this.keyRotationSeconds = resolved.keyRotationSeconds ?? DEFAULT_KEY_ROTATION_SECONDS;
    this.now = resolved.now ?? (() => new Date());
  }

  async issue(em: EntityManager, user: User, sessionId: string | null = null): Promise<IssuedToken> {
    const key = await this.currentKey(em);
    const expiresAt = new Date(this.now().getTime() + this.ttlSeconds * 1000);
    const accessToken = await new SignJWT({
      roles: user.roles,
      jc: user.jobCenterId,
      org: user.organization?.id ?? null,
      ...(sessionId ? { sid: sessionId } : {}),
      ...(user.partnerAgency ? { pa: user.partnerAgency.id } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(user.id)
      .setIssuedAt(Math.floor(this.now().getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await importJWK(key.privateJwk, ALGORITHM));
    return { accessToken, expiresAt };
  }

  /** The newest key while it is younger than the rotation period; otherwise a new key. */
  async currentKey(em: EntityManager): Promise<SigningKey> {
    const newest = await newestKey(em);
    const rotateBefore = new Date(this.now().getTime() - this.keyRotationSeconds * 1000);
    if (newest && newest.createdAt > rotateBefore) return newest;
    await this.createKey(em, rotateBefore);
    return (await newestKey(em))!;
  }

  /** Starts signing with a new key now, whatever the age of the current one (after a suspected leak). */
  async rotate(em: EntityManager): Promise<SigningKey> {
    await this.createKey(em, null);
    return (await newestKey(em))!;
  }

  /**
   * The public keys for `/.well-known/jwks.json`: the current key and every key replaced less than an
   * access token's lifetime ago (plus a minute for clock skew), so that no valid token loses its key.
   */
  async published(em: EntityManager): Promise<{ keys: JWK[] }> {
    const keys = await em.find(SigningKey, {}, { orderBy: { createdAt: 'desc' } });
    const keepAfter = this.now().getTime() - (this.ttlSeconds + 60) * 1000;
    return {
      keys: keys
        .filter((_key, index) => index === 0 || keys[index - 1]!.createdAt.getTime() > keepAfter)
        .map((key) => key.publicJwk),
    };
  }

  /** Two replicas may race to create a key: one inserts it, the other finds it and keeps it. */
  private async createKey(em: EntityManager, rotateBefore: Date | null): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    const withKid = (jwk: JWK): JWK => ({ ...jwk, kid, alg: ALGORITHM, use: 'sig' });
    const params = [
      kid,
      JSON.stringify(withKid(await exportJWK(privateKey))),
      JSON.stringify(withKid(await exportJWK(publicKey))),
      this.now(),
    ];
    await em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      // Replicas take turns: the second sees the first one's key and inserts nothing.
      await connection.execute(
        "select pg_advisory_xact_lock(hashtext('identity.signing_key'))",
        [],
        'all',
        context,
      );
      await connection.execute(
        rotateBefore
          ? `insert into identity.signing_key (kid, private_jwk, public_jwk, created_at)
             select ?, ?, ?, ? where not exists (select 1 from identity.signing_key where created_at > ?)`
          : `insert into identity.signing_key (kid, private_jwk, public_jwk, created_at) values (?, ?, ?, ?)`,
        rotateBefore ? [...params, rotateBefore] : params,
        'run',
        context,
      );
    });
  }
}

const newestKey = async (em: EntityManager) =>
  (await em.find(SigningKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1 }))[0];

/** The public keys, for `/.well-known/jwks.json`. */
export function publishedKeys(orm: Orm, tokens: AccessTokens): Promise<{ keys: JWK[] }> {
  return tokens.published(orm.em.fork());
}
