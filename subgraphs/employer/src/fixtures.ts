import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@czn/kernel';
import { Vacancy } from './modules/vacancy/vacancy.entity';
import { VacancyStatus } from './modules/vacancy/vacancy.enums';

export interface VacancyFixture {
  title?: string;
  status?: `${VacancyStatus}`;
  organizationId?: string;
  employerName?: string;
  jobCenterId?: string;
  salaryFrom?: number | null;
  salaryTo?: number | null;
  description?: string | null;
  createdAt?: Date;
}

/**
 * How tests create employer's records until employers post vacancies through GraphQL: each vacancy new,
 * at a new organisation and job centre unless the test names them.
 */
export const employerFixtures = {
  async vacancy(em: EntityManager, fixture: VacancyFixture = {}): Promise<Vacancy> {
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
      createdAt: fixture.createdAt ?? new Date(),
    });
    await em.flush();
    return vacancy;
  },
};
