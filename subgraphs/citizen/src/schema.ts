import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from './loaders';
import { AppealEventResolver } from './modules/appeal/appeal-event.resolver';
import { resolveAppealReference } from './modules/appeal/appeal.reference';
import { AppealResolver, AppealStatusChangeResolver } from './modules/appeal/appeal.resolver';
import { ApplicationFormResolver } from './modules/application-form/application-form.resolver';
import { PersonalCaseEventResolver } from './modules/personal-case/personal-case-event.resolver';
import { resolvePersonalCaseReference } from './modules/personal-case/personal-case.reference';
import {
  PersonalCaseChangeResolver,
  PersonalCaseElsewhereResolver,
  PersonalCaseResolver,
} from './modules/personal-case/personal-case.resolver';
import type { JobCenterDirectory } from './modules/federation/scheduling-subgraph';
import { CitizenServiceResolver } from './modules/citizen-service/citizen-service.resolver';
import { ResumeEventResolver } from './modules/resume/resume-event.resolver';
import { resolveResumeReference } from './modules/resume/resume.reference';
import { ResumeResolver, ResumeStatusChangeResolver } from './modules/resume/resume.resolver';
import type { VacancyDirectory } from './modules/federation/employer-subgraph';
import {
  FavoriteVacancyResolver,
  VacancyFavoriteResolver,
} from './modules/favorite-vacancy/favorite-vacancy.resolver';
import { resolveVacancyReference } from './modules/favorite-vacancy/vacancy.reference';

export interface SchemaPeers {
  jobCenters: JobCenterDirectory | null;
  vacancies: VacancyDirectory | null;
}

export const buildSchema = ({ jobCenters, vacancies }: SchemaPeers) =>
  buildFederatedSchema<SubgraphContext<CitizenLoaders>>({
    resolvers: [
      AppealResolver,
      AppealStatusChangeResolver,
      AppealEventResolver,
      CitizenServiceResolver,
      ApplicationFormResolver,
      ResumeResolver,
      ResumeStatusChangeResolver,
      ResumeEventResolver,
      FavoriteVacancyResolver,
      VacancyFavoriteResolver,
      PersonalCaseResolver,
      PersonalCaseChangeResolver,
      PersonalCaseElsewhereResolver,
      PersonalCaseEventResolver,
    ],
    references: {
      Appeal: resolveAppealReference,
      Resume: resolveResumeReference,
      Vacancy: resolveVacancyReference,
      PersonalCase: resolvePersonalCaseReference,
    },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) => {
        if (resolverClass === AppealResolver) return new AppealResolver(jobCenters, vacancies);
        if (resolverClass === ResumeResolver) return new ResumeResolver(jobCenters);
        if (resolverClass === FavoriteVacancyResolver) return new FavoriteVacancyResolver(vacancies);
        return new resolverClass();
      },
    },
  });
