import { notFound, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { CitizenLoaders } from '../../loaders';
import { resumeReading } from './resume.access';
import { RESUME_NOT_FOUND } from './resume.service';

/** Same rule as the resume query: the fields then project the resume by the reader's consent. */
export const resolveResumeReference: ReferenceResolver<SubgraphContext<CitizenLoaders>> = async (
  reference,
  { viewer, loaders },
) => {
  const resume = await loaders.resume.load(reference.id);
  if (!resume || !resumeReading(viewer, resume)) throw notFound(RESUME_NOT_FOUND);
  return resume;
};
