import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identityFixtures } from '../../fixtures';
import { identity } from '../../subgraph';
import { PartnerAgencyKind } from './partner-agency.enums';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const admin = someone.staff(['ADMIN']);
const registrar = someone.staff(['REGISTRAR']);

const newAgency = (kind: PartnerAgencyKind, name: string) =>
  identityFixtures.partnerAgency(harness.running.orm.em.fork(), kind, name);

const CREATE = `mutation($agencyId: ID!, $label: String!) {
  createPartnerApiKey(agencyId: $agencyId, label: $label) { key apiKey { id prefix label revokedAt } }
}`;
const AGENCY_OF = `query($key: String!) { partnerApiKeyAgency(key: $key) }`;

test('the administrator issues a key shown once and stored hashed; it names its agency until revoked', async () => {
  const agency = await newAgency(PartnerAgencyKind.BAILIFFS_OFFICE, 'ОСП Центрального района г. Барнаула');
  const list = await harness.request(admin, '{ partnerAgencies { id name kind } }');
  expect(list.data!['partnerAgencies']).toContainEqual({
    id: agency.id,
    name: 'ОСП Центрального района г. Барнаула',
    kind: 'BAILIFFS_OFFICE',
  });

  const created = await harness.request(admin, CREATE, {
    agencyId: agency.id,
    label: 'АИС ФССП',
  });
  expect(created.errors).toBeUndefined();
  const { key, apiKey } = created.data!['createPartnerApiKey'];
  expect(key).toMatch(new RegExp(`^czn_${apiKey.prefix}_[A-Za-z0-9_-]{43}$`));
  const rows = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute('select * from identity.partner_api_key where id = ?', [apiKey.id]);
  expect(JSON.stringify(rows)).not.toContain(key.split('_').slice(2).join('_'));

  const listed = await harness.request(admin, '{ partnerAgencies { id apiKeys { id label } } }');
  const bailiffs = listed.data!['partnerAgencies'].find((a: { id: string }) => a.id === agency.id);
  expect(bailiffs.apiKeys).toContainEqual({ id: apiKey.id, label: 'АИС ФССП' });
  expect(JSON.stringify(listed)).not.toContain(key);

  expect((await harness.request(anonymous, AGENCY_OF, { key })).data!['partnerApiKeyAgency']).toBe(agency.id);
  const forged = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
  expect(
    (await harness.request(anonymous, AGENCY_OF, { key: forged })).data!['partnerApiKeyAgency'],
  ).toBeNull();

  const revoked = await harness.request(
    admin,
    'mutation($id: ID!) { revokePartnerApiKey(id: $id) { revokedAt } }',
    {
      id: apiKey.id,
    },
  );
  expect(revoked.data!['revokePartnerApiKey'].revokedAt).toEqual(expect.any(String));
  expect((await harness.request(anonymous, AGENCY_OF, { key })).data!['partnerApiKeyAgency']).toBeNull();
});

test('only an administrator lists agencies and issues or revokes keys', async () => {
  const agency = await newAgency(PartnerAgencyKind.MEDIATION_CENTER, 'Центр медиации Алтайского края');
  for (const who of [registrar, anonymous]) {
    expect(
      (await harness.request(who, '{ partnerAgencies { id } }')).errors?.[0]?.extensions?.['code'],
    ).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const created = await harness.request(who, CREATE, {
      agencyId: agency.id,
      label: 'x',
    });
    expect(created.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  }
  expect(await harness.schemaDrift()).toBe('');
});
