import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from './loaders';
import { AppealEventResolver } from './modules/appeal/appeal-event.resolver';
import { resolveAppealReference } from './modules/appeal/appeal.reference';
import { AppealResolver, AppealStatusChangeResolver } from './modules/appeal/appeal.resolver';
import { CitizenServiceResolver } from './modules/citizen-service/citizen-service.resolver';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<CitizenLoaders>>({
    resolvers: [AppealResolver, AppealStatusChangeResolver, AppealEventResolver, CitizenServiceResolver],
    references: { Appeal: resolveAppealReference },
  });
