import { OutboxEvent } from '@czn/events';
import { outboxJournal, RateLimitCounter, type SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type CitizenLoaders } from './loaders';
import { migrations } from './migrations';
import { Appeal, AppealStatusChange } from './modules/appeal/appeal.entity';
import { AppealNumberCounter } from './modules/appeal/appeal-number.entity';
import { appealSubscriptions } from './modules/appeal/appeal.subscriptions';
import { FavoriteVacancy } from './modules/favorite-vacancy/favorite-vacancy.entity';
import type { VacancyDirectory } from './modules/federation/employer-subgraph';
import { PersonalCase, PersonalCaseChange } from './modules/personal-case/personal-case.entity';
import { personalCaseSubscriptions } from './modules/personal-case/personal-case.subscriptions';
import type { JobCenterDirectory } from './modules/federation/scheduling-subgraph';
import { Resume, ResumeStatusChange } from './modules/resume/resume.entity';
import { resumeSubscriptions } from './modules/resume/resume.subscriptions';
import { buildSchema } from './schema';
import { seed } from './seed';

export interface CitizenSettings {
  /** Which job centres exist: scheduling's subgraph (`SchedulingSubgraph`); without it nobody can apply. */
  jobCenters: JobCenterDirectory | null;
  /** Which vacancies exist: employer's subgraph (`EmployerSubgraph`); without it nobody can add favourites. */
  vacancies: VacancyDirectory | null;
}

export function createCitizenSubgraph(settings: CitizenSettings): SubgraphDefinition<CitizenLoaders> {
  return {
    name: 'citizen',
    entities: [
      Appeal,
      AppealStatusChange,
      AppealNumberCounter,
      Resume,
      ResumeStatusChange,
      FavoriteVacancy,
      PersonalCase,
      PersonalCaseChange,
      OutboxEvent,
      RateLimitCounter,
    ],
    migrations,
    seed,
    buildSchema: () => buildSchema(settings),
    createLoaders,
    subscriptions: [...appealSubscriptions, ...resumeSubscriptions, ...personalCaseSubscriptions],
    personalDataJournal: outboxJournal('citizen.audit'),
    // Identity asks whether a person applied to a centre, or has a case there, before the centre's staff
    // reach the person's data.
    acceptsCallers: { identity: { fields: ['applicantHasAppealAt', 'citizenHasPersonalCaseAt'] } },
  };
}

/** The schema and migrations, for composing and migrating; `npm start` runs createCitizenSubgraph. */
export const citizen = createCitizenSubgraph({ jobCenters: null, vacancies: null });
export { SchedulingSubgraph, type JobCenterDirectory } from './modules/federation/scheduling-subgraph';
export {
  applicationExamples,
  type ApplicationFieldAnswerInput,
} from './modules/application-form/application-examples';
export { EmployerSubgraph, type VacancyDirectory } from './modules/federation/employer-subgraph';
