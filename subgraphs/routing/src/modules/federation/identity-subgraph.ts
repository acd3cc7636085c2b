import {
  internalClient,
  type InternalClient,
  type InternalTarget,
  type SignedInViewer,
  type Viewer,
} from '@czn/kernel';

export interface IdentityConnection {
  /** identity's /graphql. */
  url: string;
  /** The platform's internal token secret: routing signs its calls to identity with it, as `routing`. */
  internalTokenSecret: string;
}

/**
 * What a referral needs to know about its person and agency from identity: the person, null for an unknown id
 * or one the staff member's centre may not reach (no appeal there, no referral by it, no access asked).
 */
export interface ReferralParties {
  person: { fullName: string; roles: string[] } | null;
  agencyExists: boolean;
}

/**
 * Routing's calls to identity's subgraph, each signed as routing for the viewer it acts for; identity allows
 * routing these two and nothing else (its `acceptsCallers`).
 */
export class IdentitySubgraph {
  private readonly client: InternalClient;
  private readonly target: InternalTarget;

  constructor(connection: IdentityConnection) {
    this.client = internalClient({ caller: 'routing', secret: connection.internalTokenSecret });
    this.target = { name: 'identity', url: connection.url };
  }

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
      personReachable: boolean;
      _entities: [{ fullName: string; roles: string[] } | null, { id: string } | null];
    }>(
      staff,
      `query($personId: ID!, $r: [_Any!]!) {
        personReachable(personId: $personId)
        _entities(representations: $r) { ... on User { fullName roles } ... on PartnerAgency { id } }
      }`,
      {
        personId,
        r: [
          { __typename: 'User', id: personId },
          { __typename: 'PartnerAgency', id: agencyId },
        ],
      },
    );
    const [person, agency] = data._entities;
    return { person: data.personReachable ? person : null, agencyExists: agency !== null };
  }

  private async call<T>(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await this.client.graphql<T>(this.target, query, variables, { viewer });
    if (answer.status !== 200 || answer.errors?.length || !answer.data)
      throw new Error(`identity answered ${answer.status}: ${answer.errors?.[0]?.message ?? 'no data'}`);
    return answer.data;
  }
}
