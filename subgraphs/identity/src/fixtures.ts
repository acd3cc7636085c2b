import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager, Role } from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { Organization } from './modules/organization/organization.entity';
import { legalEntityNumbers } from './modules/organization/registration-numbers';
import { PartnerAgencyKind } from './modules/partner-agency/partner-agency.enums';
import { PartnerAgency } from './modules/partner-agency/partner-agency.entity';
import { User } from './modules/user/user.entity';

/** The password of every account the fixtures create. */
export const FIXTURE_PASSWORD = 'fixture-password-2026';

let passwordHash: Promise<string> | null = null;

const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');

export interface AccountFixture {
  roles: Role[];
  /** `user-<id>` unless given (a test of logins needs one the login policy accepts). */
  login?: string;
  fullName?: string;
  jobCenterId?: string | null;
  organizationId?: string | null;
  partnerAgencyId?: string | null;
  phone?: string | null;
  email?: string | null;
  snils?: string | null;
  /** The confirmed ESIA account the person signs in through, with the personal data ESIA gave. */
  esiaOid?: string | null;
  birthDate?: string | null;
  passport?: { series: string; number: string; issuedBy: string; issuedOn: string } | null;
  registrationAddress?: string | null;
}

/**
 * How tests create identity's records (the builder of @czn/tools): accounts that sign in with
 * FIXTURE_PASSWORD under a login of their own, organisations and partner agencies, each new and unique.
 */
export const identityFixtures = {
  async account(em: EntityManager, fixture: AccountFixture): Promise<User> {
    const id = randomUUID();
    const user = em.create(User, {
      id,
      login: fixture.login ?? `user-${id}`,
      fullName: fixture.fullName ?? 'Тестова Анна Ивановна',
      roles: fixture.roles,
      jobCenterId: fixture.jobCenterId ?? null,
      organization: fixture.organizationId ? em.getReference(Organization, fixture.organizationId) : null,
      partnerAgency: fixture.partnerAgencyId ? em.getReference(PartnerAgency, fixture.partnerAgencyId) : null,
      phone: fixture.phone ?? null,
      email: fixture.email ?? null,
      snils: fixture.snils ?? null,
      esiaOid: fixture.esiaOid ?? null,
      trusted: Boolean(fixture.esiaOid),
      birthDate: fixture.birthDate ?? null,
      passportSeries: fixture.passport?.series ?? null,
      passportNumber: fixture.passport?.number ?? null,
      passportIssuedBy: fixture.passport?.issuedBy ?? null,
      passportIssuedOn: fixture.passport?.issuedOn ?? null,
      registrationAddress: fixture.registrationAddress ?? null,
      passwordHash: await (passwordHash ??= hash(FIXTURE_PASSWORD)),
      createdAt: new Date(),
    });
    await em.flush();
    return user;
  },

  async organization(em: EntityManager, name = 'ООО «Тестовая организация»'): Promise<Organization> {
    const organization = em.create(Organization, {
      name,
      shortName: name,
      ...legalEntityNumbers(`22${digits(7)}`, `10222${digits(7)}`),
      kpp: `2225${digits(2)}001`,
      createdAt: new Date(),
    });
    await em.flush();
    return organization;
  },

  async partnerAgency(
    em: EntityManager,
    kind: PartnerAgencyKind = PartnerAgencyKind.BAILIFFS_OFFICE,
    name = 'Тестовое ведомство',
  ): Promise<PartnerAgency> {
    const agency = em.create(PartnerAgency, { name, kind, createdAt: new Date() });
    await em.flush();
    return agency;
  },
};
