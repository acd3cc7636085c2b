import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { EmployerSubgraph } from './modules/federation/employer-subgraph';
import { SchedulingSubgraph } from './modules/federation/scheduling-subgraph';
import { createCitizenSubgraph } from './subgraph';

const config = loadConfig();
runSubgraphMain(
  createCitizenSubgraph({
    jobCenters: new SchedulingSubgraph({
      url: config.SCHEDULING_SUBGRAPH_URL,
      internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
    }),
    vacancies: new EmployerSubgraph({
      url: config.EMPLOYER_SUBGRAPH_URL,
      internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
    }),
  }),
  config,
);
