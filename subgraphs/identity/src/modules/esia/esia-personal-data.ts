import {
  PersonalDataAudit,
  type EntityManager,
  type PersonalDataKind,
  type SubgraphContext,
} from '@czn/kernel';
import { identityJournal } from '../personal-data-audit/personal-data-log';
import type { User } from '../user/user.entity';

/** The kinds ESIA's sign-in brings in and the trail records as changed. */
const VALUES: Partial<Record<PersonalDataKind, (user: User) => unknown[]>> = {
  PASSPORT: (user) => [
    user.passportSeries,
    user.passportNumber,
    user.passportIssuedBy,
    user.passportIssuedOn,
  ],
  SNILS: (user) => [user.snils],
  ADDRESS: (user) => [user.registrationAddress],
  PHONE: (user) => [user.phone],
  BIRTH_DATE: (user) => [user.birthDate],
};

/** How the audit trail names the change, as a person would. */
const ESIA_DATA_BROUGHT_IN = 'Обновление данных из Госуслуг при входе';

/** Who came back from ESIA, as the gateway passed it on. */
export type Client = SubgraphContext<unknown>['client'];

export type PersonalDataSnapshot = Partial<Record<PersonalDataKind, string>>;

/** The person's personal data by kind; a person not yet created has none (every value null). */
export const snapshotOf = (user: User | null): PersonalDataSnapshot =>
  Object.fromEntries(
    Object.entries(VALUES).map(([kind, values]) => [
      kind,
      JSON.stringify(values(user ?? ({} as User)).map((value) => value ?? null)),
    ]),
  ) as PersonalDataSnapshot;

/**
 * Writes to the audit trail which personal data ESIA brought in at this sign-in, with the person as the
 * actor; flushes the change and its trail together.
 */
export async function auditEsiaUpdate(
  em: EntityManager,
  user: User,
  before: PersonalDataSnapshot,
  attemptId: string,
  client: Client,
): Promise<void> {
  const after = snapshotOf(user);
  const kinds = (Object.keys(after) as PersonalDataKind[]).filter((kind) => after[kind] !== before[kind]);
  const audit = new PersonalDataAudit(identityJournal, {
    service: 'identity',
    viewer: {
      kind: 'user',
      userId: user.id,
      roles: user.roles,
      jobCenterId: user.jobCenterId,
      organizationId: user.organization?.id ?? null,
    },
    requestId: attemptId,
    clientAddress: client.address,
    peerAddress: client.peerAddress,
  });
  await audit.changed(em, user.id, kinds, ESIA_DATA_BROUGHT_IN);
  await em.flush();
}
