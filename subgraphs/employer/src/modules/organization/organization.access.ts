import { forbidden, requireUser, type SignedInViewer, type Viewer } from '@czn/kernel';

export const EMPLOYERS_ONLY = 'Раздел доступен только представителям работодателей';
export const NO_ORGANIZATION = 'Учётная запись не привязана к организации. Обратитесь в центр занятости.';

/** An employer representative acting for an organisation (the `org` claim of the access token). */
export function requireEmployerOrganization(viewer: Viewer): SignedInViewer & { organizationId: string } {
  const user = requireUser(viewer);
  if (!user.roles.includes('EMPLOYER')) throw forbidden(EMPLOYERS_ONLY);
  if (!user.organizationId) throw forbidden(NO_ORGANIZATION);
  return { ...user, organizationId: user.organizationId };
}
