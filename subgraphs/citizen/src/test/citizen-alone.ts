import { createCitizenSubgraph } from '../subgraph';

/** Citizen without the rest of the platform: scheduling is not running, so every job centre exists. */
export const citizenAlone = createCitizenSubgraph({ jobCenters: { jobCenterExists: async () => true } });
