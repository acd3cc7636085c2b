import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { scheduling } from './subgraph';

runSubgraphMain(scheduling, loadConfig());
