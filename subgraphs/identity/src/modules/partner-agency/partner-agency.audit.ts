/** How the personal-data audit trail names what the partner agency fields show, as a person would. */
export const agencyUsersListed = () => 'Просмотр сотрудников ведомства-партнёра';
