/**
 * Remembers what verifying a token yielded until the token expires, so a token sent with many requests
 * is verified once. Bounded: when full, the oldest entries go first.
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  /** `expiresAtSeconds` is the token's own `exp` claim. */
  set(token: string, value: T, expiresAtSeconds: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { value, expiresAt: expiresAtSeconds * 1000 });
  }
}
