import { createHash } from 'node:crypto';
import { VerifiedTokens, type ApiKeyVerifier } from '@czn/kernel';

export interface ApiKeyCacheSettings {
  /** How long an answer (valid or not) is remembered; a revoked key works at most this long. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const API_KEY_CACHE_TTL_MS = 30_000;
const PREFIX = /^czn_([a-z0-9]{10})_/;

/**
 * Verifies partner API keys by asking identity (`agencyOfApiKey`), remembering each answer for 30 s (the
 * kernel's bounded `VerifiedTokens`) so that a busy partner does not cost identity a request per call.
 */
export function cachedApiKeyVerifier(
  agencyOfApiKey: (key: string) => Promise<string | null>,
  { ttlMs = API_KEY_CACHE_TTL_MS, maxEntries = 1000, now = Date.now }: ApiKeyCacheSettings = {},
): ApiKeyVerifier {
  const answers = new VerifiedTokens<string | null>(maxEntries);
  return async (key) => {
    const prefix = PREFIX.exec(key.trim())?.[1];
    if (!prefix) return null;
    // Remembered by hash: the map holds no usable key.
    const remembered = createHash('sha256').update(key).digest('base64');
    let agencyId = answers.get(remembered, now());
    if (agencyId === undefined) {
      agencyId = await agencyOfApiKey(key);
      answers.set(remembered, agencyId, (now() + ttlMs) / 1000);
    }
    return agencyId ? { agencyId, prefix } : null;
  };
}
