/** How the personal-data audit trail names what the organisation fields show, as a person would. */
export const representativesListed = () => 'Просмотр представителей организации';
