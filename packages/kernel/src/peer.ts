import { internalClient, type InternalClient, type InternalTarget } from './internal-client';
import type { Viewer } from './viewer';

/** Another subgraph a service calls: its /graphql and the platform's internal token secret to sign with. */
export interface PeerConnection {
  url: string;
  internalTokenSecret: string;
}

/** A subgraph's calls to one peer, each signed as the subgraph for the viewer it acts for. */
export class Peer {
  private readonly client: InternalClient;
  private readonly target: InternalTarget;

  constructor(caller: string, target: string, connection: PeerConnection) {
    this.client = internalClient({ caller, secret: connection.internalTokenSecret });
    // The address is read at each call: a test stack learns it only after the peer has started.
    this.target = {
      name: target,
      get url() {
        return connection.url;
      },
    };
  }

  /** The operation's data, or an error naming the peer and what it answered. */
  async query<T>(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await this.client.graphql<T>(this.target, query, variables, { viewer });
    if (answer.status !== 200 || answer.errors?.length || !answer.data)
      throw new Error(
        `${this.target.name} answered ${answer.status}: ${answer.errors?.[0]?.message ?? 'no data'}`,
      );
    return answer.data;
  }
}
