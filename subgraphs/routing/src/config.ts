import { subgraph } from '@czn/platform';
import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';
import { z } from 'zod';

export const configShape = {
  ...serviceConfigShape,
  ...databaseConfigShape,
  PORT: portSetting(subgraph('routing').port),
  /** identity's subgraph: routing asks it whose an API key is and whom a referral concerns. */
  IDENTITY_SUBGRAPH_URL: z
    .url({ error: 'должен быть адресом подграфа identity вида http://identity:4001/graphql' })
    .default('http://localhost:4001/graphql'),
};

export const loadConfig = () => loadConfigOrExit('routing', configShape);
