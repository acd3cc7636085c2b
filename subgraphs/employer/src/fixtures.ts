import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@czn/kernel';
import { Vacancy } from './modules/vacancy/vacancy.entity';
import { EmploymentType, VacancyStatus, WorkSchedule } from './modules/vacancy/vacancy.enums';

export interface VacancyFixture {
  title?: string;
  status?: `${VacancyStatus}`;
  organizationId?: string;
  employerName?: string;
  jobCenterId?: string;
  salaryFrom?: number | null;
  salaryTo?: number | null;
  description?: string | null;
  duties?: string | null;
  requirements?: string | null;
  city?: string | null;
  region?: string | null;
  schedule?: `${WorkSchedule}`;
  employmentType?: `${EmploymentType}`;
  createdAt?: Date;
  /** When the employer last confirmed it; its creation time unless the test says otherwise. */
  confirmedAt?: Date;
}

/**
 * How tests create employer's records until employers post vacancies through GraphQL: each vacancy new,
 * at a new organisation and job centre unless the test names them.
 */
export const employerFixtures = {
  async vacancy(em: EntityManager, fixture: VacancyFixture = {}): Promise<Vacancy> {
    const createdAt = fixture.createdAt ?? new Date();
    const vacancy = em.create(Vacancy, {
      id: randomUUID(),
      title: fixture.title ?? 'Слесарь-ремонтник',
      status: (fixture.status ?? VacancyStatus.ACTIVE) as VacancyStatus,
      organizationId: fixture.organizationId ?? randomUUID(),
      employerName: fixture.employerName ?? 'ООО «Тестовая организация»',
      jobCenterId: fixture.jobCenterId ?? randomUUID(),
      salaryFrom: fixture.salaryFrom ?? null,
      salaryTo: fixture.salaryTo ?? null,
      description: fixture.description ?? null,
      duties: fixture.duties ?? null,
      requirements: fixture.requirements ?? null,
      city: fixture.city ?? null,
      region: fixture.region ?? null,
      schedule: (fixture.schedule ?? WorkSchedule.FULL_DAY) as WorkSchedule,
      employmentType: (fixture.employmentType ?? EmploymentType.FULL) as EmploymentType,
      createdAt,
      confirmedAt: fixture.confirmedAt ?? createdAt,
    });
    await em.flush();
    return vacancy;
  },
};
