import type { Appeal } from './appeal.entity';

/** How the personal-data audit trail names what the appeal fields show and change, as a person would. */
export const appealShown = (appeal: Appeal) => `Просмотр обращения ${appeal.number}`;
export const appealsListed = () => 'Просмотр списка обращений';
export const jobCenterAppealsListed = () => 'Просмотр списка обращений ЦЗН';
export const contactPhoneGiven = (appeal: Appeal) =>
  `Изменение контактного телефона в обращении ${appeal.number}`;
