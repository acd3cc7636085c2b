import { entityByIdLoader, historyLoader, type EntityManager } from '@czn/kernel';
import { Appeal, AppealStatusChange } from './modules/appeal/appeal.entity';
import { favoriteFlagsLoader } from './modules/favorite-vacancy/favorite-vacancy.service';
import { PersonalCase, PersonalCaseChange } from './modules/personal-case/personal-case.entity';
import { Resume, ResumeStatusChange } from './modules/resume/resume.entity';

export const createLoaders = (em: EntityManager) => ({
  appeal: entityByIdLoader(em, Appeal),
  appealHistory: historyLoader(em, AppealStatusChange, 'appeal'),
  resume: entityByIdLoader(em, Resume),
  resumeHistory: historyLoader(em, ResumeStatusChange, 'resume'),
  favoriteVacancy: favoriteFlagsLoader(em),
  personalCase: entityByIdLoader(em, PersonalCase),
  personalCaseHistory: historyLoader(em, PersonalCaseChange, 'personalCase'),
});

export type CitizenLoaders = ReturnType<typeof createLoaders>;
