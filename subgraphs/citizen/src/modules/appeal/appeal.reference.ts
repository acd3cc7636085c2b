import { notFound, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from '../../loaders';
import { canSeeAppeal } from './appeal.access';
import { APPEAL_NOT_FOUND } from './appeal.service';

/** Same rule as the appeal query: other people's appeals do not exist for the caller. */
export const resolveAppealReference: ReferenceResolver<SubgraphContext<CitizenLoaders>> = async (
  reference,
  { viewer, loaders },
) => {
  const appeal = await loaders.appeal.load(reference.id);
  if (!appeal || !canSeeAppeal(viewer, appeal)) throw notFound(APPEAL_NOT_FOUND);
  return appeal;
};
