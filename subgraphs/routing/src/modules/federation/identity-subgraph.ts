import { INTERNAL_TOKEN_HEADER, signInternalToken, type SignedInViewer, type Viewer } from '@czn/kernel';

export interface IdentityConnection {
  /** identity's /graphql. */
  url: string;
  /** The secret the gateway signs internal tokens with; routing signs its own calls with it too. */
  internalTokenSecret: string;
}

/** What a referral needs to know about its person and agency from identity; null for unknown ids. */
export interface ReferralParties {
  person: { fullName: string; roles: string[] } | null;
  agencyExists: boolean;
}

/** Routing's calls to identity's subgraph, each with an internal token for the viewer it acts for. */
export class IdentitySubgraph {
  constructor(private readonly connection: IdentityConnection) {}

  /** The agency an API key belongs to, or null when the key is unknown, forged or revoked. */
  async agencyOfApiKey(key: string): Promise<string | null> {
    const data = await this.call<{ partnerApiKeyAgency: string | null }>(
      { kind: 'anonymous' },
      'query($key: String!) { partnerApiKeyAgency(key: $key) }',
      { key },
    );
    return data.partnerApiKeyAgency;
  }

  /** The person and the agency a staff member refers, as identity shows them to that staff member. */
  async referralParties(staff: SignedInViewer, personId: string, agencyId: string): Promise<ReferralParties> {
    const data = await this.call<{
      _entities: [{ fullName: string; roles: string[] } | null, { id: string } | null];
    }>(
      staff,
      `query($r: [_Any!]!) {
        _entities(representations: $r) { ... on User { fullName roles } ... on PartnerAgency { id } }
      }`,
      {
        r: [
          { __typename: 'User', id: personId },
          { __typename: 'PartnerAgency', id: agencyId },
        ],
      },
    );
    const [person, agency] = data._entities;
    return { person, agencyExists: agency !== null };
  }

  private async call<T>(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.connection.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: await signInternalToken(this.connection.internalTokenSecret, viewer),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (!response.ok || body.errors?.length || !body.data)
      throw new Error(`identity answered ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    return body.data;
  }
}
