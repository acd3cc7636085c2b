import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import DataLoader from 'dataloader';
import { Appeal, AppealStatusChange } from './modules/appeal/appeal.entity';
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
