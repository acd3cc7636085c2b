import { createCitizenSubgraph } from '../subgraph';

/**
 * Citizen without the rest of the platform: scheduling and employer are not running, so every job centre
 * exists and every vacancy is published, titled by the start of its id.
 */
export const citizenAlone = createCitizenSubgraph({
  jobCenters: { jobCenterExists: async () => true },
  vacancies: {
    vacancySummaries: async (ids) =>
      new Map(ids.map((id) => [id, { title: `Вакансия ${id.slice(0, 8)}`, status: 'ACTIVE' }])),
  },
});
