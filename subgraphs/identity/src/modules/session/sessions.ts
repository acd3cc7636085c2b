import { createHash, randomBytes } from 'node:crypto';
import { isUuid, unauthenticated, type EntityManager, type SubgraphContext } from '@czn/kernel';
import type { AccessTokens, IssuedToken } from '../auth/access-tokens';
import { User } from '../user/user.entity';
import { RefreshToken, Session } from './session.entity';

/** Headers of identity's answer to the gateway that carry a new refresh token; the gateway turns them into the cookie. */
export const REFRESH_TOKEN_HEADER = 'x-refresh-token';
export const REFRESH_TOKEN_EXPIRES_HEADER = 'x-refresh-token-expires';

export type RevokedReason =
  'SIGN_OUT' | 'SIGN_OUT_EVERYWHERE' | 'REUSE_DETECTED' | 'ROLES_CHANGED' | 'PASSWORD_CHANGED';

/** Which sessions to end: one (of a user, when given), or all of a user's but the one kept. */
export type SessionsToEnd = { id: string; user?: string } | { user: string; except?: string | null };

/** Ends the matching sessions that are not ended yet; returns how many. The gateway stops their access tokens too. */
export async function endSessions(
  em: EntityManager,
  which: SessionsToEnd,
  reason: RevokedReason,
  now: Date = new Date(),
): Promise<number> {
  const where =
    'id' in which ? which : { user: which.user, ...(which.except ? { id: { $ne: which.except } } : {}) };
  const result = await em
    .createQueryBuilder(Session)
    .update({ revokedAt: now, revokedReason: reason })
    .where({ ...where, revokedAt: null })
    .execute('run');
  return result.affectedRows;
}

export const SESSION_ENDED = 'Сеанс завершён или истёк. Войдите снова.';

export interface SessionLifetimes {
  /** How long an unused refresh token stays valid; every refresh starts this period again. */
  refreshTokenTtlSeconds: number;
  /** How long a session lasts from its sign-in at most, however often it is refreshed. */
  maxSeconds: number;
}

export const DEFAULT_SESSION_LIFETIMES: SessionLifetimes = {
  refreshTokenTtlSeconds: 12 * 3600,
  maxSeconds: 7 * 24 * 3600,
};

const days = (seconds: number) => {
  const count = Math.floor(seconds / 86_400);
  const last = count % 10;
  const word =
    last === 1 && count % 100 !== 11
      ? 'день'
      : last >= 2 && last <= 4 && (count % 100 < 12 || count % 100 > 14)
        ? 'дня'
        : 'дней';
  return `${count} ${word}`;
};

/** The refusal of a refresh once a session has reached its absolute lifetime. */
export const sessionTooOld = (maxSeconds: number) =>
  maxSeconds >= 86_400
    ? `Сеанс длится не дольше ${days(maxSeconds)} после входа: войдите снова.`
    : 'Сеанс входа закончился по сроку: войдите снова.';

export interface StartedSession extends IssuedToken {
  user: User;
  session: Session;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

type Context = Pick<SubgraphContext<unknown>, 'em' | 'client' | 'setResponseHeader' | 'log'>;

/**
 * Sign-in sessions: each holds a family of refresh tokens, each token used once. Presenting a token that
 * was already exchanged means it leaked (or was replayed): the whole family is revoked, its newest token too.
 */
export class Sessions {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly lifetimes: SessionLifetimes = DEFAULT_SESSION_LIFETIMES,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new session for a user who has just proven who they are (password, ESIA). */
  async start(context: Context, user: User): Promise<StartedSession> {
    const { em, client } = context;
    const now = this.now();
    const session = em.create(Session, {
      user,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: this.refreshExpiry(now, now),
      ipAddress: client.address,
      peerAddress: client.peerAddress,
      userAgent: client.userAgent,
    });
    const refreshToken = this.nextRefreshToken(em, session, now);
    await em.flush();
    this.handOver(context, refreshToken, session.expiresAt);
    if (Math.random() < 0.01) await this.forgetOld(em, now);
    return { ...(await this.accessTokens.issue(em, user, session.id)), user, session };
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token. `userId`, when given, must
   * be the session's user: a tab signed in as one person never continues as another.
   */
  async refresh(context: Context, refreshToken: string, userId: string | null): Promise<StartedSession> {
    const { em, log } = context;
    const now = this.now();
    const stored = await em.findOne(
      RefreshToken,
      { tokenHash: digest(refreshToken) },
      { populate: ['session', 'session.user'] },
    );
    if (!stored) throw unauthenticated(SESSION_ENDED);
    const session = stored.session;
    if (stored.rotatedAt) {
      await this.revoke(em, { id: session.id }, 'REUSE_DETECTED');
      log.warn({ sessionId: session.id }, 'a rotated refresh token was presented again: session revoked');
      throw unauthenticated(SESSION_ENDED);
    }
    if (this.endOf(session) <= now) throw unauthenticated(sessionTooOld(this.lifetimes.maxSeconds));
    if (session.revokedAt || stored.expiresAt <= now || session.expiresAt <= now)
      throw unauthenticated(SESSION_ENDED);
    if (userId && session.user.id !== userId) throw unauthenticated(SESSION_ENDED);
    // Two exchanges of the same token at once: only one wins; the other is reuse.
    const claimed = await em
      .createQueryBuilder(RefreshToken)
      .update({ rotatedAt: now })
      .where({ tokenHash: stored.tokenHash, rotatedAt: null })
      .execute('run');
    if (!claimed.affectedRows) {
      await this.revoke(em, { id: session.id }, 'REUSE_DETECTED');
      throw unauthenticated(SESSION_ENDED);
    }
    session.lastUsedAt = now;
    session.expiresAt = this.refreshExpiry(session.createdAt, now);
    const next = this.nextRefreshToken(em, session, now);
    await em.flush();
    this.handOver(context, next, session.expiresAt);
    return { ...(await this.accessTokens.issue(em, session.user, session.id)), user: session.user, session };
  }

  /** Sign-out with the refresh token: ends its session. False when the token is unknown. */
  async end(em: EntityManager, refreshToken: string): Promise<boolean> {
    const stored = await em.findOne(RefreshToken, { tokenHash: digest(refreshToken) });
    if (!stored) return false;
    return (await this.revoke(em, { id: stored.session.id }, 'SIGN_OUT')) > 0;
  }

  /** The user's sessions that can still be refreshed, the most recently used first. */
  active(em: EntityManager, userId: string): Promise<Session[]> {
    return em.find(Session, { user: userId, ...this.unexpired() }, { orderBy: { lastUsedAt: 'desc' } });
  }

  /** Whether the session can still be used: not ended, not expired, its account not switched off. */
  async isActive(em: EntityManager, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const count = await em.count(Session, {
      id,
      ...this.unexpired(),
      user: { deactivatedAt: null },
    });
    return count > 0;
  }

  /** Revokes the matching sessions that are not revoked yet; returns how many. */
  revoke(em: EntityManager, which: SessionsToEnd, reason: RevokedReason): Promise<number> {
    return endSessions(em, which, reason, this.now());
  }

  /**
   * Sessions ended or expired more than 30 days ago go, with their tokens. Until then a spent token is
   * still recognised as reuse rather than as unknown.
   */
  async forgetOld(em: EntityManager, now: Date = this.now()): Promise<number> {
    const before = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
    return em.nativeDelete(Session, {
      $or: [{ expiresAt: { $lt: before } }, { revokedAt: { $lt: before } }],
    });
  }

  /** Sessions not ended, whose refresh token and absolute lifetime have not run out. */
  private unexpired() {
    const now = this.now();
    return {
      revokedAt: null,
      expiresAt: { $gt: now },
      createdAt: { $gt: new Date(now.getTime() - this.lifetimes.maxSeconds * 1000) },
    };
  }

  /** When the session ends however often it is refreshed. */
  private endOf(session: Session): Date {
    return new Date(session.createdAt.getTime() + this.lifetimes.maxSeconds * 1000);
  }

  /** A refresh token's expiry: the refresh period from now, never past the session's absolute end. */
  private refreshExpiry(signedInAt: Date, now: Date): Date {
    const end = signedInAt.getTime() + this.lifetimes.maxSeconds * 1000;
    return new Date(Math.min(now.getTime() + this.lifetimes.refreshTokenTtlSeconds * 1000, end));
  }

  private nextRefreshToken(em: EntityManager, session: Session, now: Date): string {
    const token = randomBytes(32).toString('base64url');
    em.create(RefreshToken, {
      tokenHash: digest(token),
      session,
      createdAt: now,
      expiresAt: this.refreshExpiry(session.createdAt, now),
    });
    return token;
  }

  private handOver(context: Context, token: string, expiresAt: Date): void {
    context.setResponseHeader(REFRESH_TOKEN_HEADER, token);
    context.setResponseHeader(REFRESH_TOKEN_EXPIRES_HEADER, expiresAt.toISOString());
  }
}
