import { anonymous, Peer, type PeerConnection } from '@czn/kernel';

/** Which job centres the region has. */
export interface JobCenterDirectory {
  jobCenterExists(id: string): Promise<boolean>;
}

/** Citizen's calls to scheduling, which allows citizen `_entities(JobCenter)` and nothing else. */
export class SchedulingSubgraph implements JobCenterDirectory {
  private readonly peer: Peer;

  constructor(connection: PeerConnection) {
    this.peer = new Peer('citizen', 'scheduling', connection);
  }

  /** Whether the region has a job centre with this id. */
  async jobCenterExists(id: string): Promise<boolean> {
    const data = await this.peer.query<{ _entities: Array<{ id: string } | null> }>(
      anonymous,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on JobCenter { id } } }',
      { r: [{ __typename: 'JobCenter', id }] },
    );
    return data._entities[0] !== null && data._entities[0] !== undefined;
  }
}
