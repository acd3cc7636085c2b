import { createHash } from 'node:crypto';
import type { ApiKeyVerifier } from '@czn/kernel';

export interface ApiKeyCacheSettings {
  /** How long an answer (valid or not) is remembered; a revoked key works at most this long. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const API_KEY_CACHE_TTL_MS = 30_000;
const PREFIX = /^czn_([a-z0-9]{10})_/;

/**
 * Verifies partner API keys by asking identity (`agencyOfApiKey`), remembering each answer for 30 s in a
 * bounded map so that a busy partner does not cost identity a request per call.
 */
export function cachedApiKeyVerifier(
  agencyOfApiKey: (key: string) => Promise<string | null>,
  { ttlMs = API_KEY_CACHE_TTL_MS, maxEntries = 1000, now = Date.now }: ApiKeyCacheSettings = {},
): ApiKeyVerifier {
  const answers = new Map<string, { agencyId: string | null; until: number }>();
  return async (key) => {
    const prefix = PREFIX.exec(key.trim())?.[1];
    if (!prefix) return null;
    // Remembered by hash: the map holds no usable key.
    const remembered = createHash('sha256').update(key).digest('base64');
    let answer = answers.get(remembered);
    if (!answer || answer.until <= now()) {
      answer = { agencyId: await agencyOfApiKey(key), until: now() + ttlMs };
      answers.delete(remembered);
      if (answers.size >= maxEntries) answers.delete(answers.keys().next().value!);
      answers.set(remembered, answer);
    }
    return answer.agencyId ? { agencyId: answer.agencyId, prefix } : null;
  };
}
