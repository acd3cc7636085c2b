import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { Appeal, AppealStatusChange } from './modules/appeal/appeal.entity';
import { Resume, ResumeStatusChange } from './modules/resume/resume.entity';
import { favoriteFlagsLoader } from './modules/favorite-vacancy/favorite-vacancy.service';
import { PersonalCase, PersonalCaseChange } from './modules/personal-case/personal-case.entity';

export const createLoaders = (em: EntityManager) => ({
  appeal: entityByIdLoader(em, Appeal),
  appealHistory: new DataLoader<string, AppealStatusChange[]>(async (appealIds) => {
    const changes = await em.find(
      AppealStatusChange,
      { appeal: { $in: [...appealIds] } },
      { orderBy: { changedAt: 'asc', id: 'asc' } },
    );
    const byAppeal = new Map<string, AppealStatusChange[]>(appealIds.map((id) => [id, []]));
    for (const change of changes) byAppeal.get(change.appeal.id)?.push(change);
    return appealIds.map((id) => byAppeal.get(id) ?? []);
  }),
  resume: entityByIdLoader(em, Resume),
  resumeHistory: new DataLoader<string, ResumeStatusChange[]>(async (resumeIds) => {
    const changes = await em.find(
      ResumeStatusChange,
      { resume: { $in: [...resumeIds] } },
      { orderBy: { changedAt: 'asc', id: 'asc' } },
    );
    const byResume = new Map<string, ResumeStatusChange[]>(resumeIds.map((id) => [id, []]));
    for (const change of changes) byResume.get(change.resume.id)?.push(change);
    return resumeIds.map((id) => byResume.get(id) ?? []);
  }),
  favoriteVacancy: favoriteFlagsLoader(em),
  personalCase: entityByIdLoader(em, PersonalCase),
  personalCaseHistory: new DataLoader<string, PersonalCaseChange[]>(async (caseIds) => {
    const changes = await em.find(
      PersonalCaseChange,
      { personalCase: { $in: [...caseIds] } },
      { orderBy: { changedAt: 'asc', id: 'asc' } },
    );
    const byCase = new Map<string, PersonalCaseChange[]>(caseIds.map((id) => [id, []]));
    for (const change of changes) byCase.get(change.personalCase.id)?.push(change);
    return caseIds.map((id) => byCase.get(id) ?? []);
  }),
});

export type CitizenLoaders = ReturnType<typeof createLoaders>;
