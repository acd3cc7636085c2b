import { badUserInput, isUuid, type EntityManager, type PageInput, type Viewer } from '@czn/kernel';
import type { EmployerLoaders } from '../../loaders';
import { Vacancy } from './vacancy.entity';
import { VacancyStatus } from './vacancy.enums';
import type { VacancyListArgs } from './vacancy.inputs';

const MAX_PAGE_SIZE = 100;

/** Public listing: active vacancies only, newest first, optionally of one job centre. */
export function listActiveVacancies(
  em: EntityManager,
  { jobCenterId, limit, offset }: VacancyListArgs,
): Promise<Vacancy[]> {
  if (limit === null || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(
      'limit',
      `Количество вакансий на странице (limit) должно быть от 1 до ${MAX_PAGE_SIZE}`,
    );
  }
  if (offset === null || offset < 0) {
    throw badUserInput('offset', 'Смещение (offset) должно быть неотрицательным числом');
  }
  if (jobCenterId != null && !isUuid(jobCenterId)) {
    throw badUserInput(
      'jobCenterId',
      'Идентификатор центра занятости указан неверно: выберите центр из списка',
    );
  }
  return em.find(
    Vacancy,
    { status: VacancyStatus.ACTIVE, ...(jobCenterId != null ? { jobCenterId } : {}) },
    { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset },
  );
}

/**
 * A vacancy the viewer may see: an active one, or a withdrawn one of the viewer's own organisation. Null
 * otherwise, malformed ids included.
 */
export async function findVisibleVacancy(
  loaders: EmployerLoaders,
  viewer: Viewer,
  id: string,
): Promise<Vacancy | null> {
  if (!isUuid(id)) return null;
  const vacancy = await loaders.vacancy.load(id);
  if (!vacancy) return null;
  return vacancy.status === VacancyStatus.ACTIVE || isOwnVacancy(viewer, vacancy) ? vacancy : null;
}

const isOwnVacancy = (viewer: Viewer, vacancy: Vacancy) =>
  viewer.kind === 'user' &&
  viewer.roles.includes('EMPLOYER') &&
  viewer.organizationId !== null &&
  viewer.organizationId === vacancy.organizationId;

/** All of an organisation's vacancies, withdrawn ones too, newest first; optionally of one status. */
export function vacanciesOfOrganization(
  em: EntityManager,
  organizationId: string,
  status: VacancyStatus | null,
  page: PageInput,
): Promise<Vacancy[]> {
  return em.find(
    Vacancy,
    { organizationId, ...(status ? { status } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}
