import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { citizen } from './subgraph';

runSubgraphMain(citizen, loadConfig());
