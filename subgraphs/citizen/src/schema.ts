import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from './loaders';
import { AppealEventResolver } from './modules/appeal/appeal-event.resolver';
import { resolveAppealReference } from './modules/appeal/appeal.reference';
import { AppealResolver, AppealStatusChangeResolver } from './modules/appeal/appeal.resolver';
import { PersonalCaseEventResolver } from './modules/personal-case/personal-case-event.resolver';
import { resolvePersonalCaseReference } from './modules/personal-case/personal-case.reference';
import {
  PersonalCaseChangeResolver,
  PersonalCaseElsewhereResolver,
  PersonalCaseResolver,
} from './modules/personal-case/personal-case.resolver';
import type { JobCenterDirectory } from './modules/federation/scheduling-subgraph';
import { CitizenServiceResolver } from './modules/citizen-service/citizen-service.resolver';

export const buildSchema = (jobCenters: JobCenterDirectory | null) =>
  buildFederatedSchema<SubgraphContext<CitizenLoaders>>({
    resolvers: [
      AppealResolver,
      AppealStatusChangeResolver,
      AppealEventResolver,
      CitizenServiceResolver,
      PersonalCaseResolver,
      PersonalCaseChangeResolver,
      PersonalCaseElsewhereResolver,
      PersonalCaseEventResolver,
    ],
    references: { Appeal: resolveAppealReference, PersonalCase: resolvePersonalCaseReference },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === AppealResolver ? new AppealResolver(jobCenters) : new resolverClass(),
    },
  });
