import { notFound, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from '../../loaders';
import { canSeePersonalCase } from './personal-case.access';
import { PERSONAL_CASE_NOT_FOUND } from './personal-case.service';

/** Same rule as the personalCase query: other people's cases, and other centres', do not exist for the caller. */
export const resolvePersonalCaseReference: ReferenceResolver<SubgraphContext<CitizenLoaders>> = async (
  reference,
  { viewer, loaders },
) => {
  const personalCase = await loaders.personalCase.load(reference.id);
  if (!personalCase || !canSeePersonalCase(viewer, personalCase)) throw notFound(PERSONAL_CASE_NOT_FOUND);
  return personalCase;
};
