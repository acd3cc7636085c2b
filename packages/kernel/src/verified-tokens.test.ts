import { VerifiedTokens } from './verified-tokens';

test('a remembered token is forgotten when it expires', () => {
  const tokens = new VerifiedTokens<string>();
  tokens.set('t', 'viewer', 100);
  expect(tokens.get('t', 99_999)).toBe('viewer');
  expect(tokens.get('t', 100_000)).toBeUndefined();
});

test('when full, the oldest token is forgotten first', () => {
  const tokens = new VerifiedTokens<number>(2);
  tokens.set('a', 1, 1e10);
  tokens.set('b', 2, 1e10);
  tokens.set('c', 3, 1e10);
  expect([tokens.get('a'), tokens.get('b'), tokens.get('c')]).toEqual([undefined, 2, 3]);
});
