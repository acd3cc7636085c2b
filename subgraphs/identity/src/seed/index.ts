import {
  DEMO_PASSWORD,
  demoEsiaPersons,
  demoJobCenterIds,
  demoOrganizationIds,
  demoPartnerAgencyIds,
  demoUserIds,
} from '@czn/demo';
import type { EntityManager, Role } from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { esiaDate } from '../modules/esia/esia-person';
import { Organization } from '../modules/organization/organization.entity';
import { PartnerAgency } from '../modules/partner-agency/partner-agency.entity';
import { User } from '../modules/user/user.entity';
import { demoOrganizations } from './demo-organizations';
import { seedPartnerAgencies } from '../modules/partner-agency/partner-agency.seed';

interface DemoUser {
  id: string;
  login: string;
  fullName: string;
  roles: Role[];
  jobCenterId?: string;
  phone?: string;
  email?: string;
  organizationId?: string;
  partnerAgencyId?: string;
}

const demoUsers: DemoUser[] = [
  {
    id: demoUserIds.ivanov,
    login: 'ivanov',
    fullName: 'Иванов Иван Иванович',
    roles: ['CITIZEN'],
    phone: '+79131234567',
    email: 'ivanov@example.ru',
  },
  {
    id: demoUserIds.petrova,
    login: 'petrova',
    fullName: 'Петрова Анна Сергеевна',
    roles: ['CITIZEN'],
    phone: '+79609876543',
    email: 'petrova@example.ru',
  },
  {
    id: demoUserIds.operatorBarnaul,
    login: 'operator.barnaul',
    fullName: 'Смирнова Ольга Петровна',
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId: demoJobCenterIds.barnaul,
  },
  {
    id: demoUserIds.operatorBiysk,
    login: 'operator.biysk',
    fullName: 'Кузнецов Дмитрий Алексеевич',
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId: demoJobCenterIds.biysk,
  },
  {
    id: demoUserIds.adminBarnaul,
    login: 'admin.barnaul',
    fullName: 'Волкова Татьяна Николаевна',
    roles: ['ADMIN', 'EMPLOYER_RELATIONS_SPECIALIST'],
    jobCenterId: demoJobCenterIds.barnaul,
  },
  {
    id: demoUserIds.employer,
    login: 'employer',
    fullName: 'Соколов Андрей Викторович',
    roles: ['EMPLOYER'],
    phone: '+73852555010',
    email: 'sokolov@teplye-okna.example.ru',
    organizationId: demoOrganizationIds.altaiWarmWindows,
  },
  {
    id: demoUserIds.bailiffBarnaul,
    login: 'osp.barnaul',
    fullName: 'Орлова Марина Викторовна',
    roles: ['PARTNER'],
    partnerAgencyId: demoPartnerAgencyIds.bailiffs,
  },
];

/**
 * Demo organisations and accounts (password demo12345). Existing rows are left as they are, except that
 * demo accounts seeded before they had contacts or an organisation get them.
 */
export async function seed(em: EntityManager): Promise<void> {
  await seedPartnerAgencies(em);
  const knownOrganizations = new Set(
    (await em.find(Organization, { id: { $in: demoOrganizations.map((o) => o.id) } })).map((o) => o.id),
  );
  for (const organization of demoOrganizations) {
    if (!knownOrganizations.has(organization.id))
      em.create(Organization, { ...organization, createdAt: new Date() });
  }
  await em.flush();

  const existing = new Map(
    (await em.find(User, { id: { $in: demoUsers.map((u) => u.id) } })).map((u) => [u.id, u]),
  );
  const passwordHash = existing.size < demoUsers.length ? await hash(DEMO_PASSWORD) : null;
  for (const { jobCenterId, phone, email, organizationId, partnerAgencyId, ...user } of demoUsers) {
    const organization = organizationId ? em.getReference(Organization, organizationId) : null;
    const partnerAgency = partnerAgencyId ? em.getReference(PartnerAgency, partnerAgencyId) : null;
    const seeded = existing.get(user.id);
    if (seeded) {
      seeded.phone ??= phone ?? null;
      seeded.email ??= email ?? null;
      seeded.organization ??= organization;
      continue;
    }
    em.create(User, {
      ...user,
      jobCenterId: jobCenterId ?? null,
      phone: phone ?? null,
      email: email ?? null,
      organization,
      partnerAgency,
      passwordHash,
      createdAt: new Date(),
    });
  }
  await em.flush();
  await linkDemoCitizensToEsia(em);
}

/**
 * The demo citizens are persons of the ESIA stub: linked by oid, with the personal data ESIA gives, so signing
 * in through the stub lands in the same cabinet (and appeals) as the demo login.
 */
async function linkDemoCitizensToEsia(em: EntityManager): Promise<void> {
  for (const person of demoEsiaPersons) {
    if (!person.demoUser) continue;
    const user = await em.findOne(User, demoUserIds[person.demoUser]);
    if (!user || user.esiaOid) continue;
    user.esiaOid = person.oid;
    user.snils = person.snils;
    user.birthDate = esiaDate(person.birthDate);
    user.passportSeries = person.passport.series;
    user.passportNumber = person.passport.number;
    user.passportIssuedBy = person.passport.issuedBy;
    user.passportIssuedOn = esiaDate(person.passport.issueDate);
    user.registrationAddress = person.registrationAddress;
    user.trusted = person.trusted;
  }
  await em.flush();
}
