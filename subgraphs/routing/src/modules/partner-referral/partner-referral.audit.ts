/** How the personal-data audit trail names what routing shows, as a person would. */
export const partnerReferralShown = () => 'Просмотр направления в ведомство-партнёр';

export const partnerReferralsListed = () => 'Просмотр списка направлений в ведомства-партнёры';
