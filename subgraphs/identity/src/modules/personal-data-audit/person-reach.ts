import {
  Peer,
  STAFF_ROLES,
  type EntityManager,
  type Logger,
  type PeerConnection,
  type Role,
  type SignedInViewer,
} from '@czn/kernel';
import type { User } from '../user/user.entity';
import { PersonalDataAccessGrant } from './personal-data-access-grant.entity';

/**
 * The subgraphs that know a person's relationships with job centres: appeals and personal cases (citizen),
 * referrals (routing).
 */
export interface RelationshipPeers {
  citizen: PeerConnection;
  routing: PeerConnection;
}

type StaffViewer = SignedInViewer & { jobCenterId: string };

/**
 * Whether a job centre's staff may reach a person's data (152-ФЗ minimisation): a colleague of the centre, a
 * person with an appeal or a personal case at the centre or referred by it, or a person the centre asked
 * access to (a grant in force). Identity asks the owning subgraphs at the moment of access, on the staff member's behalf; each
 * answers only for the staff member's own centre. A peer that does not answer counts as no relationship.
 */
export class PersonReach {
  private readonly citizen: Peer | null;
  private readonly routing: Peer | null;

  constructor(peers: RelationshipPeers | null) {
    this.citizen = peers ? new Peer('identity', 'citizen', peers.citizen) : null;
    this.routing = peers ? new Peer('identity', 'routing', peers.routing) : null;
  }

  async reaches(em: EntityManager, staff: StaffViewer, person: User, log: Logger): Promise<boolean> {
    const colleague = person.roles.some((role) => (STAFF_ROLES as readonly Role[]).includes(role));
    if (colleague && person.jobCenterId === staff.jobCenterId) return true;
    const granted = await em.count(PersonalDataAccessGrant, {
      subjectId: person.id,
      jobCenterId: staff.jobCenterId,
      expiresAt: { $gt: new Date() },
    });
    if (granted > 0) return true;
    const variables = { personId: person.id, jobCenterId: staff.jobCenterId };
    const asked = [
      this.citizen?.query<{ applicantHasAppealAt: boolean }>(
        staff,
        'query($personId: ID!, $jobCenterId: ID!) { applicantHasAppealAt(personId: $personId, jobCenterId: $jobCenterId) }',
        variables,
      ),
      this.citizen?.query<{ citizenHasPersonalCaseAt: boolean }>(
        staff,
        'query($personId: ID!, $jobCenterId: ID!) { citizenHasPersonalCaseAt(personId: $personId, jobCenterId: $jobCenterId) }',
        variables,
      ),
      this.routing?.query<{ jobCenterReferredPerson: boolean }>(
        staff,
        'query($personId: ID!, $jobCenterId: ID!) { jobCenterReferredPerson(personId: $personId, jobCenterId: $jobCenterId) }',
        variables,
      ),
    ];
    const answers = await Promise.allSettled(asked);
    for (const answer of answers)
      if (answer.status === 'rejected')
        log.warn({ err: answer.reason }, 'a relationship of a person with a job centre was not checked');
    return answers.some(
      (answer) =>
        answer.status === 'fulfilled' &&
        answer.value !== undefined &&
        Object.values(answer.value)[0] === true,
    );
  }
}
