/** The staff who keep personal cases, as the citizen subgraph admits them. */
const CASE_ROLES = ['REGISTRAR', 'CAREER_CONSULTANT', 'ADMIN'];

export const keepsCases = (roles: readonly string[]): boolean =>
  roles.some((role) => CASE_ROLES.includes(role));
