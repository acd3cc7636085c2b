import type { AppAudience } from '@czn/ui';

export const employers: AppAudience = {
  storageKey: 'czn.employer.session',
  cabinetGenitive: 'кабинета работодателя: войдите как представитель организации-работодателя',
  admits: (roles) => roles.includes('EMPLOYER'),
};
