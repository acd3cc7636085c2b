import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { createRoutingSubgraph } from './subgraph';

const config = loadConfig();
runSubgraphMain(
  createRoutingSubgraph({
    identity: { url: config.IDENTITY_SUBGRAPH_URL, internalTokenSecret: config.INTERNAL_TOKEN_SECRET },
  }),
  config,
);
