import { createCitizenSubgraph } from '../subgraph';

/**
 * Citizen without the rest of the platform: scheduling and employer are not running, so every job centre
 * exists and every vacancy is published.
 */
export const citizenAlone = createCitizenSubgraph({
  jobCenters: { jobCenterExists: async () => true },
  vacancies: { vacancyStatus: async () => 'ACTIVE' },
});
