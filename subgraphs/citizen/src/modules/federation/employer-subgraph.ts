import { anonymous, Peer, type PeerConnection } from '@czn/kernel';

/** A vacancy as the bank publishes it («Активная») or after its employer withdrew it («Снята»). */
export type VacancyState = 'ACTIVE' | 'WITHDRAWN';

/** Which vacancies exist and whether they are still published. */
export interface VacancyDirectory {
  /** The vacancy's status, or null when there is no such vacancy. */
  vacancyStatus(id: string): Promise<VacancyState | null>;
}

/** Citizen's calls to employer, which allows citizen `_entities(Vacancy)` and nothing else. */
export class EmployerSubgraph implements VacancyDirectory {
  private readonly peer: Peer;

  constructor(connection: PeerConnection) {
    this.peer = new Peer('citizen', 'employer', connection);
  }

  async vacancyStatus(id: string): Promise<VacancyState | null> {
    const data = await this.peer.query<{ _entities: Array<{ status: VacancyState } | null> }>(
      anonymous,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { status } } }',
      { r: [{ __typename: 'Vacancy', id }] },
    );
    return data._entities[0]?.status ?? null;
  }
}
