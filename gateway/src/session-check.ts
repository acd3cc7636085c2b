import type { InternalClient, InternalTarget, Logger } from '@czn/kernel';

const MAX_REMEMBERED = 50_000;

/**
 * Whether an access token's session is still on: signing out, signing out everywhere and switching a staff
 * account off end it, and its access tokens are refused from then on rather than when they expire. Identity is
 * asked at most once per `ttlMs` for an active session; an ended one stays ended. When identity cannot answer,
 * the last answer stands (a session never checked counts as active: the token's signature still holds).
 */
export class SessionCheck {
  private readonly known = new Map<string, { active: boolean; checkedAt: number }>();
  private readonly asking = new Map<string, Promise<boolean>>();

  constructor(
    private readonly identity: InternalTarget,
    private readonly internal: InternalClient,
    private readonly ttlMs: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  isActive(sessionId: string): Promise<boolean> {
    const entry = this.known.get(sessionId);
    if (entry && (!entry.active || this.now() - entry.checkedAt < this.ttlMs))
      return Promise.resolve(entry.active);
    const pending = this.asking.get(sessionId);
    if (pending) return pending;
    const answer = this.ask(sessionId)
      .then((active) => {
        this.remember(sessionId, active);
        return active;
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error }, 'identity did not say whether a session is active');
        return entry?.active ?? true;
      })
      .finally(() => this.asking.delete(sessionId));
    this.asking.set(sessionId, answer);
    return answer;
  }

  private async ask(sessionId: string): Promise<boolean> {
    const answer = await this.internal.graphql<{ sessionActive?: boolean }>(
      this.identity,
      'query($id: ID!) { sessionActive(id: $id) }',
      { id: sessionId },
    );
    if (typeof answer.data?.sessionActive !== 'boolean')
      throw new Error(`identity answered ${answer.status}`);
    return answer.data.sessionActive;
  }

  private remember(sessionId: string, active: boolean): void {
    this.known.delete(sessionId);
    if (this.known.size >= MAX_REMEMBERED) this.known.delete(this.known.keys().next().value!);
    this.known.set(sessionId, { active, checkedAt: this.now() });
  }
}
