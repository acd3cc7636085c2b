import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { employer } from './subgraph';

runSubgraphMain(employer, loadConfig());
