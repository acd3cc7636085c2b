import { internalClient, type InternalFetch } from './internal-client';
import { INTERNAL_TOKEN_HEADER, internalTokenVerifier } from './internal-token';
import type { SignedInViewer } from './viewer';

const SECRET = 'a-secret-for-this-test-that-is-long-enough-0123456789';
const staff: SignedInViewer = {
  kind: 'user',
  userId: 'user-1',
  roles: ['REGISTRAR'],
  jobCenterId: 'jc-1',
  organizationId: null,
};

test('each call names the caller and the target subgraph, on the viewer’s behalf', async () => {
  const sent: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
  const fetch: InternalFetch = async (url, init) => {
    sent.push({ url, headers: init.headers, body: init.body });
    return {
      ok: true,
      status: 200,
      headers: { get: () => null },
      json: async () => ({ data: { partnerApiKeyAgency: null } }),
    };
  };
  const routing = internalClient({ caller: 'routing', secret: SECRET, fetch });
  const identity = { name: 'identity', url: 'http://identity.test/graphql' };

  const answer = await routing.graphql(identity, '{ partnerApiKeyAgency(key: "k") }', {}, { viewer: staff });
  expect(answer).toMatchObject({ status: 200, data: { partnerApiKeyAgency: null } });

  const token = sent[0]!.headers[INTERNAL_TOKEN_HEADER];
  expect(sent[0]!.url).toBe(identity.url);
  expect(await internalTokenVerifier(SECRET, 'identity')(token)).toEqual({
    caller: 'routing',
    viewer: staff,
  });
  expect(await internalTokenVerifier(SECRET, 'citizen')(token)).toBeNull();
});

test('a token is signed once per target and viewer while it is fresh', async () => {
  const gateway = internalClient({ caller: 'gateway', secret: SECRET });
  const first = await gateway.headers('identity', staff);
  expect(await gateway.headers('identity', staff)).toEqual(first);
  expect(await gateway.headers('citizen', staff)).not.toEqual(first);
  expect(await gateway.headers('identity')).not.toEqual(first);
});
