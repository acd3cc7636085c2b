import { conflict, type EntityManager, type Logger, type Viewer } from '@czn/kernel';
import type { EmployerActivationService } from '../employer-activation/employer-activation.service';
import type { ActivationInvitation } from '../employer-activation/employer-activation.types';
import { User } from '../user/user.entity';
import { requireEmployerRegistrar, requireOrganizationsReader } from './organization.access';
import { Organization } from './organization.entity';
import {
  checkOrganization,
  checkRepresentative,
  type CheckedRepresentative,
  type RegisterOrganizationInput,
} from './organization.inputs';

/** Employers (seed 002): staff register an organisation with its representative. */
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
    if (existing) throw conflict(alreadyRegistered(existing));
    const { organization, representative, issued } = await em.transactional(async (tx) => {
      const organization = tx.create(Organization, { ...checked, createdAt: new Date() });
      const representative = newRepresentative(tx, organization, person);
      const issued = await this.activation.issueCode(tx, representative, staff.userId);
      return { organization, representative, issued };
    });
    return this.activation.invite(em, representative, organization, issued, log);
  }
}

const alreadyRegistered = (organization: Organization) =>
  `${organization.shortName} (ИНН ${organization.inn}${organization.kpp ? `, КПП ${organization.kpp}` : ''}) уже зарегистрирована на портале: найдите её в списке организаций и при необходимости отправьте код повторно`;

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
