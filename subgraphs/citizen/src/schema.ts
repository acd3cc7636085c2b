import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from './loaders';
import { AppealEventResolver } from './modules/appeal/appeal-event.resolver';
import { resolveAppealReference } from './modules/appeal/appeal.reference';
import { AppealResolver, AppealStatusChangeResolver } from './modules/appeal/appeal.resolver';
import { ApplicationFormResolver } from './modules/application-form/application-form.resolver';
import type { JobCenterDirectory } from './modules/federation/scheduling-subgraph';
import { CitizenServiceResolver } from './modules/citizen-service/citizen-service.resolver';

export const buildSchema = (jobCenters: JobCenterDirectory | null) =>
  buildFederatedSchema<SubgraphContext<CitizenLoaders>>({
    resolvers: [
      AppealResolver,
      AppealStatusChangeResolver,
      AppealEventResolver,
      CitizenServiceResolver,
      ApplicationFormResolver,
    ],
    references: { Appeal: resolveAppealReference },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === AppealResolver ? new AppealResolver(jobCenters) : new resolverClass(),
    },
  });
