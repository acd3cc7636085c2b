import { cachedApiKeyVerifier } from './partner-api-keys';

const KEY_A = `czn_aaaaaaaaaa_${'a'.repeat(43)}`;
const KEY_B = `czn_bbbbbbbbbb_${'b'.repeat(43)}`;

/** identity's answers as a table the test changes (a revocation is a row set to null). */
function identityAnswers(agencies: Record<string, string | null>) {
  const asked: string[] = [];
  return {
    asked,
    agencyOf: async (key: string) => {
      asked.push(key);
      return agencies[key] ?? null;
    },
  };
}

test('remembers an answer for 30 s: a revoked key stops working once that has passed', async () => {
  const agencies: Record<string, string | null> = { [KEY_A]: 'agency-a' };
  const identity = identityAnswers(agencies);
  let now = 1_000_000;
  const verify = cachedApiKeyVerifier(identity.agencyOf, { now: () => now });
  expect(await verify(KEY_A)).toEqual({ agencyId: 'agency-a', prefix: 'aaaaaaaaaa' });
  agencies[KEY_A] = null;
  now += 29_999;
  expect(await verify(KEY_A)).toEqual({ agencyId: 'agency-a', prefix: 'aaaaaaaaaa' });
  expect(identity.asked).toHaveLength(1);
  now += 1;
  expect(await verify(KEY_A)).toBeNull();
  expect(identity.asked).toHaveLength(2);
});

test('with ttl 0 every call asks identity; malformed keys never do', async () => {
  const identity = identityAnswers({ [KEY_A]: 'agency-a' });
  const verify = cachedApiKeyVerifier(identity.agencyOf, { ttlMs: 0 });
  await verify(KEY_A);
  await verify(KEY_A);
  expect(await verify('Bearer something')).toBeNull();
  expect(identity.asked).toEqual([KEY_A, KEY_A]);
});

test('keeps at most maxEntries answers, forgetting the oldest first', async () => {
  const identity = identityAnswers({ [KEY_A]: 'agency-a', [KEY_B]: 'agency-b' });
  const verify = cachedApiKeyVerifier(identity.agencyOf, { maxEntries: 1, now: () => 0 });
  await verify(KEY_A);
  await verify(KEY_B);
  await verify(KEY_B);
  await verify(KEY_A);
  expect(identity.asked).toEqual([KEY_A, KEY_B, KEY_A]);
});
