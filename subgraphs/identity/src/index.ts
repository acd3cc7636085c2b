import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { createIdentitySubgraph } from './subgraph';

const config = loadConfig();
runSubgraphMain(createIdentitySubgraph({ accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS }), config);
