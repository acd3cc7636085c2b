import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from './loaders';
import { resolveAppealReference } from './modules/appeal/appeal.reference';
import { AppealResolver, AppealStatusChangeResolver } from './modules/appeal/appeal.resolver';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<CitizenLoaders>>({
    resolvers: [AppealResolver, AppealStatusChangeResolver],
    references: { Appeal: resolveAppealReference },
  });
