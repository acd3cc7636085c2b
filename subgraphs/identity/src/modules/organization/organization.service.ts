import { conflict, isUuid, notFound, type EntityManager, type Logger, type Viewer } from '@czn/kernel';
import { LockMode } from '@mikro-orm/core';
import type { EmployerActivationService } from '../employer-activation/employer-activation.service';
import type { ActivationInvitation } from '../employer-activation/employer-activation.types';
import { User } from '../user/user.entity';
import {
  requireEmployerRegistrar,
  requireOrganizationsReader,
  requireRepresentativeRegistrar,
} from './organization.access';
import { Organization } from './organization.entity';
import {
  checkOrganization,
  checkRepresentative,
  type CheckedRepresentative,
  type NewRepresentativeInput,
  type RegisterOrganizationInput,
} from './organization.inputs';

const ORGANIZATION_NOT_FOUND = 'Организация не найдена: обновите список организаций';

/** Employers (seed 002): staff register an organisation with a representative, or add one later. */
export class OrganizationService {
  constructor(private readonly activation: EmployerActivationService) {}

  /** Newest first, at most 100; `search` matches the names or the beginning of the INN. */
  list(em: EntityManager, viewer: Viewer, search: string | null): Promise<Organization[]> {
    requireOrganizationsReader(viewer);
    const text = search?.trim();
    const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return em.find(
      Organization,
      like
        ? {
            $or: [
              { name: { $ilike: like } },
              { shortName: { $ilike: like } },
              { inn: { $like: `${text}%` } },
            ],
          }
        : {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  async register(
    em: EntityManager,
    viewer: Viewer,
    input: RegisterOrganizationInput,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const staff = requireEmployerRegistrar(viewer);
    const checked = checkOrganization(input);
    const person = checkRepresentative(
      { fullName: input.representativeFullName, email: input.representativeEmail },
      { fullName: 'representativeFullName', email: 'representativeEmail' },
    );
    const existing = await em.findOne(Organization, { inn: checked.inn, kpp: checked.kpp });
    if (existing) throw conflict(await this.alreadyRegistered(em, existing));
    const { organization, representative, issued } = await em.transactional(async (tx) => {
      const organization = tx.create(Organization, { ...checked, createdAt: new Date() });
      const representative = newRepresentative(tx, organization, person);
      const issued = await this.activation.issueCode(tx, representative, staff.userId);
      return { organization, representative, issued };
    });
    return this.activation.invite(em, representative, organization, issued, log);
  }

  /**
   * Adds a representative to an organisation registered earlier and mails the activation code. A repeated
   * request for the same e-mail adds nobody: the representative not yet activated gets a new code instead.
   */
  async addRepresentative(
    em: EntityManager,
    viewer: Viewer,
    organizationId: string,
    input: NewRepresentativeInput,
    log: Logger,
  ): Promise<ActivationInvitation> {
    const staff = requireRepresentativeRegistrar(viewer);
    const person = checkRepresentative(input, { fullName: 'fullName', email: 'email' });
    if (!isUuid(organizationId)) throw notFound(ORGANIZATION_NOT_FOUND);
    const { organization, representative, issued } = await em.transactional(async (tx) => {
      // The organisation's row lock puts concurrent additions in a line, so a retry finds the first one.
      const organization = await tx.findOne(
        Organization,
        { id: organizationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!organization) throw notFound(ORGANIZATION_NOT_FOUND);
      const same = await tx.findOne(User, {
        organization: organization.id,
        email: person.email,
        roles: { $contains: ['EMPLOYER'] },
      });
      if (same?.login)
        throw conflict(
          `${same.fullName} уже представляет ${organization.shortName} и входит в кабинет с логином «${same.login}»: новый код не нужен`,
        );
      const representative = same
        ? Object.assign(same, { fullName: person.fullName, phone: person.phone ?? same.phone })
        : newRepresentative(tx, organization, person);
      const issued = await this.activation.issueCode(tx, representative, staff.userId);
      return { organization, representative, issued };
    });
    return this.activation.invite(em, representative, organization, issued, log);
  }

  /** Why registering again is refused, and what to do instead, by how far the organisation got. */
  private async alreadyRegistered(em: EntityManager, organization: Organization): Promise<string> {
    const representatives = await em.find(User, {
      organization: organization.id,
      roles: { $contains: ['EMPLOYER'] },
    });
    const numbers = `ИНН ${organization.inn}${organization.kpp ? `, КПП ${organization.kpp}` : ''}`;
    const registered = `${organization.shortName} (${numbers}) уже зарегистрирована на портале`;
    if (representatives.length === 0)
      return `${registered}, но представителя у неё нет: найдите её в списке организаций и нажмите «Добавить представителя» — ему уйдёт код активации`;
    if (representatives.some((representative) => representative.login))
      return `${registered}, и её кабинет работодателя активирован. Чтобы добавить ещё одного представителя, найдите её в списке организаций и нажмите «Добавить представителя»`;
    return `${registered}: найдите её в списке организаций и при необходимости отправьте код повторно`;
  }
}

function newRepresentative(
  em: EntityManager,
  organization: Organization,
  person: CheckedRepresentative,
): User {
  const representative = Object.assign(new User(), {
    ...person,
    roles: ['EMPLOYER'],
    organization,
  } satisfies Partial<User>);
  em.persist(representative);
  return representative;
}
