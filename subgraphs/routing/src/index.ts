import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { routing } from './subgraph';

runSubgraphMain(routing, loadConfig());
