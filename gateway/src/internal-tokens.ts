import { INTERNAL_TOKEN_TTL_SECONDS, signInternalToken, type Viewer } from '@czn/kernel';

/** Internal tokens per viewer, reused while at least half their life remains. */
export class InternalTokens {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();

  constructor(private readonly secret: string) {}

  async for(viewer: Viewer): Promise<string> {
    const key = JSON.stringify(viewer);
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.renewAt > now) return cached.token;
    const token = await signInternalToken(this.secret, viewer);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { token, renewAt: now + (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2 });
    return token;
  }
}
