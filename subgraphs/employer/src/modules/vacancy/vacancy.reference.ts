import { isUuid, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { EmployerLoaders } from '../../loaders';

/**
 * A vacancy another subgraph points at (a citizen's favourite) resolves whatever its status: a withdrawn one
 * shows its public fields with «Снята», where the vacancy query, a reader's way into the bank, hides it.
 */
export const resolveVacancyReference: ReferenceResolver<SubgraphContext<EmployerLoaders>> = (
  reference,
  { loaders },
) => (isUuid(reference.id) ? loaders.vacancy.load(reference.id) : null);
