import { anonymous, Peer, type PeerConnection } from '@czn/kernel';

/** A vacancy as the bank publishes it («Активная») or after its employer withdrew it («Снята»). */
export type VacancyState = 'ACTIVE' | 'WITHDRAWN';

/** What citizen needs to know of a vacancy: its title and whether it is still published. */
export interface VacancySummary {
  title: string;
  status: VacancyState;
}

/** Which vacancies exist and whether they are still published. */
export interface VacancyDirectory {
  /** The vacancies that exist among the ids, by id, in one call; an unknown id is left out. */
  vacancySummaries(ids: readonly string[]): Promise<Map<string, VacancySummary>>;
}

/** Citizen's calls to employer, which allows citizen `_entities(Vacancy)` and nothing else. */
export class EmployerSubgraph implements VacancyDirectory {
  private readonly peer: Peer;

  constructor(connection: PeerConnection) {
    this.peer = new Peer('citizen', 'employer', connection);
  }

  async vacancySummaries(ids: readonly string[]): Promise<Map<string, VacancySummary>> {
    if (ids.length === 0) return new Map();
    const data = await this.peer.query<{ _entities: Array<VacancySummary | null> }>(
      anonymous,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { title status } } }',
      { r: ids.map((id) => ({ __typename: 'Vacancy', id })) },
    );
    // The gateway's rule: each entity answers the representation at its position.
    return new Map(
      ids.flatMap((id, index) => {
        const vacancy = data._entities[index];
        return vacancy ? [[id, { title: vacancy.title, status: vacancy.status }] as const] : [];
      }),
    );
  }
}
