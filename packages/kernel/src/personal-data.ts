import { randomUUID } from 'node:crypto';
import { recordEvent } from '@czn/events';
import type { OperationDefinitionNode } from 'graphql';
import { Directive, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { EntityManager } from './orm';
import type { Viewer } from './viewer';

/**
 * Personal data under 152-ФЗ whose every read and change the audit trail keeps. A full name is recorded where
 * it leaves the job centres (a partner agency reading whom it was sent), not on every staff page.
 */
export const PERSONAL_DATA_KINDS = [
  'PASSPORT',
  'SNILS',
  'ADDRESS',
  'PHONE',
  'BIRTH_DATE',
  'EMAIL',
  'ESIA_ID',
  'FULL_NAME',
  'EMPLOYMENT_STATUS',
  'PERSONAL_ACCOUNT',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** Shown, changed, or asked for by a job centre the person has no relationship with (identity's trail only). */
export type PersonalDataAction = 'READ' | 'CHANGE' | 'ACCESS_REQUEST';

/** Whose data, which of it, and whether it was shown or changed. */
export interface PersonalDataAccess {
  subjectId: string;
  action: PersonalDataAction;
  kinds: PersonalDataKind[];
}

/** Who asked, as the audit trail names them. */
export interface PersonalDataActor {
  userId: string | null;
  roles: string[];
  jobCenterId: string | null;
}

/** One request's reads, or one change, with everything the trail records about it. */
export interface PersonalDataAuditRecord {
  occurredAt: string;
  /** The subgraph that disclosed or changed the data. */
  service: string;
  /** The operation as a person would name it: «Просмотр обращения 2026-000012», «Вход через Госуслуги». */
  operation: string;
  /** The GraphQL operation and its root fields (`query DeskAppeal__citizen__1: _entities`); null outside GraphQL. */
  graphqlOperation: string | null;
  requestId: string;
  /** The person's address as the gateway determined it (behind trusted proxies only). */
  clientAddress: string | null;
  /** The address the gateway's connection came from; absent in records written before it was kept. */
  peerAddress?: string | null;
  actor: PersonalDataActor;
  accesses: PersonalDataAccess[];
}

/** Where a subgraph writes its audit records; always inside the caller's transaction. */
export interface PersonalDataJournal {
  write(em: EntityManager, record: PersonalDataAuditRecord): Promise<void>;
}

export const PERSONAL_DATA_EVENT = 'PersonalDataAccessed';

/**
 * The journal of a subgraph that does not own the audit log: each record becomes an event of its outbox,
 * which identity copies into the log.
 */
export const outboxJournal = (stream: string): PersonalDataJournal => ({
  async write(em, record) {
    await recordEvent(em, stream, {
      type: PERSONAL_DATA_EVENT,
      entityType: 'PersonalDataAccess',
      entityId: randomUUID(),
      audience: { userIds: [], jobCenterIds: [] },
      data: { ...record },
    });
  },
});

/** A partner agency's system (API key) is named by its role: it has no user of its own. */
export const actorOf = (viewer: Viewer): PersonalDataActor =>
  viewer.kind === 'user'
    ? { userId: viewer.userId, roles: [...viewer.roles], jobCenterId: viewer.jobCenterId }
    : { userId: null, roles: viewer.kind === 'partner-key' ? ['PARTNER'] : [], jobCenterId: null };

/** `query Name: field, other` for investigators. */
export function describeOperation(operation: OperationDefinitionNode): string {
  const fields = operation.selectionSet.selections.map((selection) =>
    selection.kind === 'Field' ? selection.name.value : '…',
  );
  const name = operation.name ? ` ${operation.name.value}` : '';
  return `${operation.operation}${name}: ${fields.join(', ')}`;
}

const NAMES_SEPARATOR = '; ';

const UNNAMED_OPERATION: Record<PersonalDataAction, string> = {
  READ: 'Просмотр персональных данных',
  CHANGE: 'Изменение персональных данных',
  ACCESS_REQUEST: 'Запрос доступа к персональным данным',
};

interface RequestFacts {
  service: string;
  viewer: Viewer;
  requestId: string;
  clientAddress: string | null;
  peerAddress?: string | null;
}

/**
 * The audit of one request: fields marked `@PersonalData` note what they disclose, the server writes the
 * reads when the answer is ready, and services write changes in the transaction of the change.
 */
export class PersonalDataAudit {
  /**
   * The operation as a person would name it: set by an entry point outside GraphQL, or named by the fields the
   * request resolved (`@AuditedAs`). Without a name the trail says what was done: «Просмотр персональных данных».
   */
  operation: string | null = null;
  graphqlOperation: string | null = null;
  private readonly reads = new Map<string, Set<PersonalDataKind>>();

  constructor(
    private readonly journal: PersonalDataJournal | null,
    private readonly facts: RequestFacts,
  ) {}

  read(subjectId: string, kind: PersonalDataKind): void {
    const kinds = this.reads.get(subjectId) ?? new Set();
    kinds.add(kind);
    this.reads.set(subjectId, kinds);
  }

  /** Adds a field's name of what the request shows to the operation's name. */
  describe(name: string): void {
    const names = this.operation?.split(NAMES_SEPARATOR) ?? [];
    if (!names.includes(name)) this.operation = [...names, name].join(NAMES_SEPARATOR);
  }

  /**
   * Writes the change of `subjectId`'s data in the transaction `em` that makes it, named as a person would
   * («Изменение контактного телефона в обращении 2026-000012»).
   */
  async changed(
    em: EntityManager,
    subjectId: string,
    kinds: PersonalDataKind[],
    operation?: string,
  ): Promise<void> {
    if (kinds.length === 0) return;
    await this.write(em, [{ subjectId, action: 'CHANGE', kinds }], operation);
  }

  /** Writes what the request disclosed, once; true when there was something to write. */
  async writeReads(em: EntityManager): Promise<boolean> {
    const accesses = [...this.reads].map(([subjectId, kinds]): PersonalDataAccess => ({
      subjectId,
      action: 'READ',
      kinds: PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind)),
    }));
    this.reads.clear();
    if (accesses.length === 0) return false;
    await em.transactional((tx) => this.write(tx, accesses));
    return true;
  }

  private async write(em: EntityManager, accesses: PersonalDataAccess[], operation?: string): Promise<void> {
    if (!this.journal)
      throw new Error(`${this.facts.service}: персональные данные без журнала аудита (personalDataJournal)`);
    await this.journal.write(em, {
      occurredAt: new Date().toISOString(),
      service: this.facts.service,
      operation: operation ?? this.operation ?? UNNAMED_OPERATION[accesses[0]!.action],
      graphqlOperation: this.graphqlOperation,
      requestId: this.facts.requestId,
      clientAddress: this.facts.clientAddress,
      peerAddress: this.facts.peerAddress ?? null,
      actor: actorOf(this.facts.viewer),
      accesses,
    });
  }
}

/**
 * Names, as a person would, what a field returning an entity shows («Просмотр обращения 2026-000012», «Просмотр
 * списка обращений»): the audit trail records the request's reads of personal data under that name.
 */
export function AuditedAs<TResult>(name: (result: TResult) => string): MethodDecorator & PropertyDecorator {
  const nameShown: MiddlewareFn<{ personalData: PersonalDataAudit }> = async ({ context }, next) => {
    const value: unknown = await next();
    if (value !== null && value !== undefined) context.personalData.describe(name(value as TResult));
    return value;
  };
  return UseMiddleware(nameShown);
}

/** The tag the supergraph carries on personal-data fields; the gateway reads it for subscriptions. */
export const PERSONAL_DATA_TAG = 'personal-data';

/**
 * Marks a field as personal data of the person `subjectOf(root)`: whenever it resolves to a value, by any
 * path (`_entities` and subscription renderings included), the request's audit notes the read; with
 * `recordedFor`, only the reads of the viewers it accepts.
 */
export function PersonalData<TRoot>(
  kind: PersonalDataKind,
  subjectOf: (root: TRoot) => string,
  { recordedFor = () => true }: { recordedFor?: (viewer: Viewer) => boolean } = {},
): MethodDecorator & PropertyDecorator {
  const noteRead: MiddlewareFn<{ personalData: PersonalDataAudit; viewer: Viewer }> = async (
    { root, context },
    next,
  ) => {
    const value: unknown = await next();
    if (value !== null && value !== undefined && value !== '' && recordedFor(context.viewer))
      context.personalData.read(subjectOf(root as TRoot), kind);
    return value;
  };
  const audit = UseMiddleware(noteRead);
  const tag = Directive(`@tag(name: "${PERSONAL_DATA_TAG}")`);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    audit(target, key, descriptor as never);
    tag(target, key, descriptor as never);
  };
}
