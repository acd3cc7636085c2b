import type { AppAudience } from '@czn/ui';

export const citizens: AppAudience = {
  storageKey: 'czn.citizen.session',
  cabinetGenitive: 'кабинета гражданина: войдите через Госуслуги как гражданин',
  admits: (roles) => roles.includes('CITIZEN'),
};
