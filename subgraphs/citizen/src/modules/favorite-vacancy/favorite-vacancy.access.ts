import { forbidden, requireUser, type Viewer } from '@czn/kernel';

export const CITIZENS_ONLY = 'Избранные вакансии есть только у граждан: войдите как гражданин';

/** Only a citizen keeps favourites, and only their own: every entry point answers for the viewer alone. */
export function requireCitizen(viewer: Viewer): string {
  const user = requireUser(viewer);
  if (!user.roles.includes('CITIZEN')) throw forbidden(CITIZENS_ONLY);
  return user.userId;
}

/** The citizen whose favourites the viewer sees, or null for anyone who is not a signed-in citizen. */
export const favoritesOwner = (viewer: Viewer): string | null =>
  viewer.kind === 'user' && viewer.roles.includes('CITIZEN') ? viewer.userId : null;
